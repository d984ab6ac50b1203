namespace Transparency.Web.Domain;

/// <summary>
/// The log position a projection kept in the database has applied, written in the same transaction as its output,
/// so every instance sharing the database sees the same position and a crash can never split the two.
/// </summary>
public class StoredProjectionCheckpoint
{
    public required string Name { get; set; }

    public long Position { get; set; }

    public DateTime AppliedAt { get; set; }
}
