using Transparency.Web.Domain;

namespace Transparency.Web.Publication;

/// <summary>
/// What a projection must apply: the log entries after its position up to <see cref="To"/>, or everything when it
/// has no output yet (<see cref="FromScratch"/>). <see cref="State"/> is what it stores once applied.
/// </summary>
public sealed record ProjectionBatch(long From, long To, IReadOnlyList<PublicationLogEntry> Entries, bool FromScratch, ProjectionState State)
{
    /// <summary>True when an entry asks for everything to be rebuilt, or names no particular part of the record.</summary>
    public bool TouchesEverything => FromScratch || Entries.Any(e => e.Kind == Domain.PublicationChangeKind.RebuildRequested
        || (e.Kind == Domain.PublicationChangeKind.RegistryChanged && e.ContractIds is null));
}
