using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// What became of an upload. Accepted: a draft was stored (<see cref="DraftVersionId"/>), perhaps with warnings.
/// Rejected: the report has errors and nothing was stored. A repeat of an earlier upload: <see cref="Duplicate"/>
/// says which version it matches and nothing was stored.
/// </summary>
public sealed record SubmissionResult(ValidationReport Report, int? DraftVersionId, DuplicateUpload? Duplicate)
{
    public bool Accepted => DraftVersionId is not null;

    public bool Rejected => Report.HasErrors;
}
