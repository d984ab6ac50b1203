namespace Transparency.Web.Domain;

/// <summary>What a <see cref="PublicationLogEntry"/> records. Stored by name, so members may be added in any order.</summary>
public enum PublicationChangeKind
{
    /// <summary>Version 1 of a return became public.</summary>
    Published,

    /// <summary>Version N+1 superseded version N.</summary>
    Restated,

    /// <summary>An administrator withdrew a version; an earlier version may be public again.</summary>
    Withdrawn,

    /// <summary>Organisations, contracts, KPI definitions or portal settings changed (administration, imports).</summary>
    RegistryChanged,

    /// <summary>Someone asked every instance to rebuild its public outputs from scratch (`build-site`, `build-downloads`).</summary>
    RebuildRequested,
}
