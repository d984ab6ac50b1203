namespace Transparency.Web.Site.Model;

/// <summary>What the layout needs to know about a page: its address, title, place in the site and metadata.</summary>
public sealed record PageMeta(string Url, string Title, string Description)
{
    /// <summary>The navigation item the page belongs to (highlighted in the service navigation).</summary>
    public string? Section { get; init; }

    public IReadOnlyList<(string Text, string Url)> Breadcrumbs { get; init; } = [];

    /// <summary>schema.org JSON-LD for dataset pages, already serialised.</summary>
    public string? JsonLd { get; init; }

    /// <summary>Pages that show figures carry the demonstration-data notice when the database is demonstration data.</summary>
    public bool ShowsData { get; init; } = true;

    /// <summary>Indexed for search (providers, commissioners, subcontractors, sectors and content pages).</summary>
    public bool Searchable { get; init; }

    /// <summary>Left out of the sitemap (the 404 page).</summary>
    public bool Hidden { get; init; }
}
