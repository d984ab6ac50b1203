namespace Transparency.Web.Returns.Workflow;

/// <summary>Withdraw a published or superseded version: an administrator's action, so the caller checks the role.</summary>
public sealed record WithdrawRequest(int VersionId, string Reason, string Actor, string? IpAddress);
