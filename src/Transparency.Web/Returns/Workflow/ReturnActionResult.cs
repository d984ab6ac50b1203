using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Workflow;

/// <summary>The result of a publish or withdrawal: what happened, a sentence to show, and the version concerned.</summary>
public sealed record ReturnActionResult(ReturnActionOutcome Outcome, string Message, int? VersionId = null, int? VersionNumber = null, ValidationReport? Report = null)
{
    public bool Succeeded => Outcome == ReturnActionOutcome.Done;
}
