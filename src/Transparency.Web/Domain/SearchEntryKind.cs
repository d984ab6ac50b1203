namespace Transparency.Web.Domain;

/// <summary>What a <see cref="SearchEntry"/> finds. Stored by name, so members may be added in any order.</summary>
public enum SearchEntryKind
{
    Provider,
    ParentGroup,
    Commissioner,
    Subcontractor,
    Contract,
    Kpi,
}
