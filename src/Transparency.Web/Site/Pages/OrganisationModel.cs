using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>A commissioner, sector or subcontractor page: a heading, a few key facts, an optional chart and tables.</summary>
public sealed record OrganisationModel(string Caption, string Heading, string Lead, IReadOnlyList<(string Key, string Value, string? Href)> Facts, string Chart, IReadOnlyList<(string Heading, SiteTable Table)> Sections);
