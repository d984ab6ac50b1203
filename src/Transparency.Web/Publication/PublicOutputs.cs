using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Publication;

/// <summary>
/// Answers "does the public site (and do the bulk files) show this version yet?" from the version's publication log
/// entry and what this instance's projections have applied. The API reads the database directly, so it shows a
/// version as soon as it commits.
/// </summary>
public sealed class PublicOutputs(TransparencyDbContext db, ProjectionStatuses statuses)
{
    /// <summary>The outputs a provider is told about, by projection name, with the words for each.</summary>
    private static readonly (string Projection, string Output)[] Watched = [("site", "the public site"), ("downloads", "the bulk downloads")];

    /// <summary>For the version that became public at its publication; null for a version never published (a draft).</summary>
    public async Task<IReadOnlyList<OutputVisibility>?> ForVersionAsync(int returnVersionId, CancellationToken cancellationToken)
    {
        var position = await db.PublicationLog.AsNoTracking()
            .Where(e => e.ReturnVersionId == returnVersionId && (e.Kind == PublicationChangeKind.Published || e.Kind == PublicationChangeKind.Restated))
            .Select(e => (long?)e.Position).MinAsync(cancellationToken);
        if (position is not { } p)
        {
            return null;
        }

        return [.. Watched.Select(w => Visibility(w.Projection, w.Output, p))];
    }

    private OutputVisibility Visibility(string projection, string output, long position) => statuses.Find(projection)?.State switch
    {
        { } state when state.Position >= position => new(output, OutputVisibilityState.Shown, state.AppliedSince(position)),
        { } => new(output, OutputVisibilityState.BeingAdded, null),
        null => new(output, OutputVisibilityState.NotBuilt, null),
    };
}
