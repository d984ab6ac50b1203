using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Build;

/// <summary>
/// What the steps after rendering need of each written page: its address for the sitemap, and whether search indexes
/// it or the sitemap leaves it out. Kept instead of the page's <see cref="PageMeta"/>, whose titles, descriptions and
/// breadcrumbs for 200,000 national pages were about a quarter of a gigabyte held to the end of the build.
/// </summary>
public readonly record struct WrittenPage(string Url, bool Searchable, bool Hidden)
{
    public static WrittenPage Of(PageMeta meta) => new(meta.Url, meta.Searchable, meta.Hidden);
}
