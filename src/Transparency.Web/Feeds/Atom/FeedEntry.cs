using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Atom;

/// <summary>One publication or restatement, as a feed shows it.</summary>
public sealed record FeedEntry(
    int VersionId,
    int VersionNumber,
    DateTime PublishedAt,
    string? RestatementReason,
    int QuarterCode,
    string ProviderIdentifier,
    string ProviderName)
{
    public Quarter Quarter => Quarter.FromCode(QuarterCode);

    public bool IsRestatement => VersionNumber > 1;
}
