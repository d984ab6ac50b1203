using Transparency.Web.Returns.Parsing;

namespace Transparency.Web.Returns.Validation;

/// <summary>The report on an upload and, when it could be read, the facts it holds (to be used only when the report has no errors).</summary>
public sealed record ValidationOutcome(ParsedUpload? Upload, ValidationReport Report, ReturnFacts? Facts)
{
    public bool Accepted => !Report.HasErrors && Upload is not null && Facts is not null;
}
