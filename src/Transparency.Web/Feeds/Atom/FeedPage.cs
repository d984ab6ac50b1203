namespace Transparency.Web.Feeds.Atom;

/// <summary>
/// One Atom document: the subscription document (<see cref="Archive"/> null) with the newest entries, or a
/// fixed archive page (RFC 5005). Pages count from the oldest: page 1 holds the first publications.
/// </summary>
public sealed record FeedPage(FeedScope Scope, int? Archive, int ArchivedPages, IReadOnlyList<FeedEntry> Entries);
