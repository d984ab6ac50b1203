using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Feeds.Atom;

/// <summary>
/// Pages a scope's publications for RFC 5005 archived feeds. With N entries a page and T entries in all,
/// the first (T-1)/N full pages are archives, which never change as new publications arrive; the
/// subscription document holds the rest (1 to N entries), newest first.
/// </summary>
public sealed class FeedPages(TransparencyDbContext db)
{
    public async Task<FeedPage?> ReadAsync(FeedScope scope, int? archive, int pageSize, CancellationToken cancellationToken)
    {
        var versions = db.ReturnVersions.AsNoTracking()
            .Where(v => (v.Status == PublicStatus.Current || v.Status == PublicStatus.Replaced) && v.PublishedAt != null)
            .Where(scope.Filter);
        var total = await versions.CountAsync(cancellationToken);
        var archived = total == 0 ? 0 : (total - 1) / pageSize;
        if (archive is { } page && (page < 1 || page > archived))
        {
            return null;
        }

        var query = archive is { } number
            ? versions.OrderBy(v => v.PublishedAt).ThenBy(v => v.Id).Skip((number - 1) * pageSize).Take(pageSize)
            : versions.OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id).Take(total - archived * pageSize);
        var entries = await query
            .Select(v => new FeedEntry(v.Id, v.VersionNumber ?? 0, v.PublishedAt!.Value, v.RestatementReason, v.Return!.QuarterCode,
                v.Return.Provider!.Identifier, v.Return.Provider.Name))
            .ToListAsync(cancellationToken);
        var newestFirst = entries.OrderByDescending(e => e.PublishedAt).ThenByDescending(e => e.VersionId).ToList();
        return new FeedPage(scope, archive, archived, newestFirst);
    }
}
