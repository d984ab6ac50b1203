using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Publication;

/// <summary>
/// The state of a projection whose output lives in the database (<see cref="StoredProjectionCheckpoint"/>), shared by
/// every instance on it. Written in the output's own transaction, so the position and the output never disagree.
/// </summary>
public static class DatabaseCheckpoints
{
    public static async Task<ProjectionState?> ReadAsync(TransparencyDbContext db, string name, CancellationToken cancellationToken)
    {
        var row = await db.ProjectionCheckpoints.AsNoTracking().FirstOrDefaultAsync(c => c.Name == name, cancellationToken);
        return row is null ? null : ProjectionState.Initial(row.Position, row.AppliedAt);
    }

    /// <summary>The stored position alone, or null when the projection has never been applied.</summary>
    public static async Task<long?> PositionAsync(TransparencyDbContext db, string name, CancellationToken cancellationToken) =>
        await db.ProjectionCheckpoints.Where(c => c.Name == name).Select(c => (long?)c.Position).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Records the position in the caller's transaction; saves it.</summary>
    public static async Task WriteAsync(TransparencyDbContext db, string name, ProjectionState state, CancellationToken cancellationToken)
    {
        var row = await db.ProjectionCheckpoints.FirstOrDefaultAsync(c => c.Name == name, cancellationToken);
        if (row is null)
        {
            row = new StoredProjectionCheckpoint { Name = name };
            db.ProjectionCheckpoints.Add(row);
        }

        row.Position = state.Position;
        row.AppliedAt = state.AppliedAt;
        await db.SaveChangesAsync(cancellationToken);
    }
}
