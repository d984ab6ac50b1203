namespace Transparency.Web.Returns.Workflow;

/// <summary>How a publish or withdrawal ended. The comments give the HTTP status an API would answer with.</summary>
public enum ReturnActionOutcome
{
    /// <summary>Done and committed (200).</summary>
    Done,

    /// <summary>No such version (404).</summary>
    NotFound,

    /// <summary>The version belongs to another organisation (403).</summary>
    Forbidden,

    /// <summary>The version is not in a state that allows this, such as publishing a version already published (409).</summary>
    Conflict,

    /// <summary>A reason is needed: to restate a published quarter, or to withdraw (422).</summary>
    ReasonRequired,

    /// <summary>The return no longer passes its checks; see the report (422).</summary>
    Invalid,
}
