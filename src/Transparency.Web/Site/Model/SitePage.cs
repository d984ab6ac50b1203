namespace Transparency.Web.Site.Model;

/// <summary>A page ready to render: its metadata, the Razor component and its model, and the tables it shows.</summary>
public sealed record SitePage(PageMeta Meta, Type Component, object Model, IReadOnlyList<SiteTable> Tables);
