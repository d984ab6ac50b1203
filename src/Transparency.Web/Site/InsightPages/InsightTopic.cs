using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.InsightPages;

/// <summary>One insights page: its address part, title and a one-line summary for the index and links.</summary>
public sealed record InsightTopic(string Slug, string Title, string Summary)
{
    public string Url => SiteUrls.Insight(Slug);
}
