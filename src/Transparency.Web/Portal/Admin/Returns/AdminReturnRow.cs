using Transparency.Web.Domain;

namespace Transparency.Web.Portal.Admin.Returns;

/// <summary>One version of one provider's return, as the administrators' list shows it.</summary>
public sealed record AdminReturnRow(string ProviderName, string ProviderIdentifier, int VersionId, int? VersionNumber, ReturnVersionStatus Status,
    string SubmittedBy, DateTime SubmittedAt, string? RestatementReason, string? WithdrawalReason);
