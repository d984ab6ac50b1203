using Transparency.Web.Returns.Standard;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>The rows of one section from one file, sheet or JSON array.</summary>
public sealed class RawTable(SectionDefinition section, SourcePlace place)
{
    public SectionDefinition Section { get; } = section;

    public SourcePlace Place { get; } = place;

    public List<RawRow> Rows { get; } = [];
}
