namespace Transparency.Web.Site.Model;

/// <summary>
/// The quarterly returns and their public history: every return with whether it has a published version, each
/// return's versions, and the figures of the versions a correction touched. The returns and history pages read this.
/// </summary>
public sealed class SiteReturns
{
    public required IReadOnlyList<ReturnRow> Returns { get; init; }

    public required ILookup<int, VersionRow> VersionsByReturn { get; init; }

    public required ILookup<int, VersionFigure> FiguresByVersion { get; init; }

    public ILookup<int, ReturnRow> ReturnsByProvider => _returnsByProvider ??= Returns.ToLookup(r => r.ProviderId);

    private ILookup<int, ReturnRow>? _returnsByProvider;
}
