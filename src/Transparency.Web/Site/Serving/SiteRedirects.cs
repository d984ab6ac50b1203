using System.Text.RegularExpressions;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// The portal's documented redirects for site addresses that have no page of their own (README, "Public site"):
/// <list type="bullet">
/// <item>an address with an identifier not in its canonical form (<c>/providers/GB-COH-01234567/</c>) moves for good
/// (301) to the canonical one (<see cref="SiteUrls.Slug"/>), so links written with the registered identifier keep working;</item>
/// <item>a return version, or a return, whose quarter is older than the site's window (<c>Site:WindowQuarters</c>) has
/// no page: its address sends the reader (302, since a wider window would give it one) to the provider's return history.</item>
/// </list>
/// </summary>
public static partial class SiteRedirects
{
    public sealed record Redirect(string Location, bool Permanent);

    public static Redirect? Find(string path, Func<string, bool> exists)
    {
        if (!path.EndsWith('/'))
        {
            return null;
        }

        var canonical = Canonical(path);
        if (canonical != path && exists(canonical))
        {
            return new Redirect(canonical, Permanent: true);
        }

        var match = ReturnAddress().Match(canonical);
        return match.Success && exists(match.Groups["history"].Value) ? new Redirect(match.Groups["history"].Value, Permanent: false) : null;
    }

    /// <summary>Each segment of a folder address as its slug: <c>/providers/GB-COH-01234567/</c> becomes <c>/providers/gb-coh-01234567/</c>.</summary>
    public static string Canonical(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(SiteUrls.Slug).Where(s => s.Length > 0);
        var joined = string.Join('/', segments);
        return joined.Length == 0 ? "/" : $"/{joined}/";
    }

    [GeneratedRegex(@"^(?<history>/providers/[a-z0-9-]+/returns/)[0-9]{4}-[0-9]{2}-q[1-4]/(v[0-9]+/)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ReturnAddress();
}
