using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Pages;

/// <summary>
/// A commissioner, sector or subcontractor page: a heading, the summary of its figures, a few details about it, an optional
/// chart and tables. Each section's heading has an id from its text, which the summary links to.
/// </summary>
public sealed record OrganisationModel(string Caption, string Heading, string Lead, IReadOnlyList<KeyFact> Summary, IReadOnlyList<(string Key, string Value, string? Href)> Facts,
    string Chart, IReadOnlyList<(string Heading, SiteTable Table)> Sections)
{
    public static string SectionId(string heading) => SiteUrls.Slug(heading);
}
