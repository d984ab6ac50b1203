using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Transparency.Web.Site.Serving;

namespace Transparency.Tests.Links;

/// <summary>
/// Follows every internal link in what the portal publishes, from a few starting addresses: the links in pages
/// (href and src, and the absolute addresses in their JSON-LD), in feeds and the sitemap, in JSON documents (the
/// catalogue, the data package, OCDS and 360Giving packages, API answers) and in the checksum list. A link answers
/// 200, or one of the portal's documented redirects to an address that answers 200.
/// </summary>
public sealed partial class LinkCrawler(HttpClient client, IReadOnlyCollection<string> internalHosts)
{
    /// <summary>
    /// Links with a query string are combinatorial (an OData query per contract, per KPI, per quarter, and the next
    /// pages of each answer): addresses that differ only in their values, with the same path and the same query
    /// options, are one shape, and only the first few of each shape are followed; so are OData entities by key. Every
    /// other address (every page, feed, package and file) is followed.
    /// </summary>
    private const int QueriesPerShape = 3;

    /// <summary>A guard against a crawl that never ends (an address that makes new addresses): far above the demo site's size.</summary>
    private const int MaxRequests = 20_000;

    private readonly Dictionary<string, string> _foundOn = new(StringComparer.Ordinal);
    private readonly Queue<string> _queue = new();
    private readonly Dictionary<string, int> _shapes = new(StringComparer.Ordinal);

    public List<string> Broken { get; } = [];

    /// <summary>Every address requested, with its status.</summary>
    public SortedDictionary<string, HttpStatusCode> Visited { get; } = new(StringComparer.Ordinal);

    public async Task CrawlAsync(IEnumerable<string> seeds)
    {
        foreach (var seed in seeds)
        {
            Enqueue(seed, "(start)");
        }

        while (_queue.TryDequeue(out var address))
        {
            if (Visited.Count >= MaxRequests)
            {
                Broken.Add($"Stopped after {MaxRequests} requests: the crawl does not end.");
                return;
            }

            await VisitAsync(address);
        }
    }

    private async Task VisitAsync(string address)
    {
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        Visited[address] = response.StatusCode;
        var code = (int)response.StatusCode;
        if (code is >= 300 and < 400)
        {
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "(none)";
            if (IsDocumentedRedirect(address, location))
            {
                Enqueue(location, address);
            }
            else
            {
                Broken.Add($"{address} (linked from {_foundOn[address]}) redirects to {location}, which is not a documented redirect");
            }

            return;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            var said = await response.Content.ReadAsStringAsync();
            Broken.Add($"{address} (linked from {_foundOn[address]}) answers {code}: {said[..Math.Min(said.Length, 300)]}");
            return;
        }

        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        if (type is "text/csv" || type.StartsWith("image/", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal)
            || type is "text/css" or "application/octet-stream" or "application/zip")
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync();
        foreach (var link in LinksIn(address, type, body))
        {
            Enqueue(link, address);
        }
    }

    private static IEnumerable<string> LinksIn(string address, string type, string body)
    {
        if (type.Contains("json", StringComparison.Ordinal))
        {
            return JsonLinks(address, body);
        }

        if (type == "text/plain" && address.EndsWith("/SHA256SUMS", StringComparison.Ordinal))
        {
            // "<sha-256>  <path>", the path relative to the file's folder.
            return body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Resolve(address, line.Split("  ", 2)[1]));
        }

        var links = new List<string>();
        links.AddRange(Attribute().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)));
        links.AddRange(XmlElement().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)));
        if (type == "text/html")
        {
            // The JSON-LD a page carries (Dataset, DataCatalog) names the page's files by absolute address.
            foreach (Match script in JsonLdScript().Matches(body))
            {
                links.AddRange(JsonLinks(address, script.Groups["json"].Value));
            }
        }

        return links.Select(l => Resolve(address, l));
    }

    /// <summary>Every string in the document that is an absolute address, and the data package's relative resource paths.</summary>
    private static List<string> JsonLinks(string address, string body)
    {
        using var document = JsonDocument.Parse(body);
        var links = new List<string>();
        Walk(document.RootElement, null, links, address);
        return links;
    }

    private static void Walk(JsonElement element, string? property, List<string> links, string address)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var child in element.EnumerateObject())
                {
                    Walk(child.Value, child.Name, links, address);
                }

                break;
            case JsonValueKind.Array:
                foreach (var child in element.EnumerateArray())
                {
                    Walk(child, property, links, address);
                }

                break;
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal))
                {
                    links.Add(text);
                }
                else if (property == "path" && address.EndsWith("/datapackage.json", StringComparison.Ordinal))
                {
                    links.Add(Resolve(address, text));
                }

                break;
        }
    }

    private static string Resolve(string from, string link) => new Uri(new Uri("http://crawl" + from), link).AbsoluteUri;

    private void Enqueue(string link, string foundOn)
    {
        if (!Uri.TryCreate(new Uri("http://crawl/"), link, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return;
        }

        if (uri.Host != "crawl" && !internalHosts.Contains(uri.Host))
        {
            return;
        }

        var address = uri.PathAndQuery;
        if (_foundOn.ContainsKey(address))
        {
            return;
        }

        // An OData entity by its key (/odata/ReturnVersions(68)) is combinatorial in the same way.
        var keyed = uri.AbsolutePath.StartsWith(ODataLinks.Root + "/", StringComparison.Ordinal) && uri.AbsolutePath.Contains('(', StringComparison.Ordinal);
        if (uri.Query.Length > 1 || keyed)
        {
            var names = uri.Query.Length > 1 ? uri.Query[1..].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal).ToList() : [];
            var shape = Digits().Replace(uri.AbsolutePath, "0") + "?" + string.Join('&', names);
            var seen = _shapes.GetValueOrDefault(shape);
            if (seen >= QueriesPerShape)
            {
                return;
            }

            _shapes[shape] = seen + 1;
        }

        _foundOn[address] = foundOn;
        _queue.Enqueue(address);
    }

    /// <summary>
    /// The redirects README documents: a folder address without its slash, the bulk files' root, a page of the signed-in
    /// portal (linked from the data standard's guidance) to sign-in, and <see cref="SiteRedirects"/>.
    /// </summary>
    private static bool IsDocumentedRedirect(string from, string to)
    {
        var path = from.Split('?')[0];
        return to.Split('?')[0] == path + "/"
            || (path is "/downloads" or SiteUrls.Downloads && to == SiteUrls.Downloads + "datapackage.json")
            || (IsSignedInPortal(path) && to.StartsWith("/account/sign-in?ReturnUrl=", StringComparison.Ordinal))
            || SiteRedirects.Find(path, candidate => candidate == to.Split('?')[0])?.Location == to.Split('?')[0];
    }

    [GeneratedRegex("""\b(?:href|src)="(?<url>[^"]*)"|\b(?:href|src)='(?<url>[^']*)'""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    private static bool IsSignedInPortal(string path) =>
        path.StartsWith("/provider/", StringComparison.Ordinal) || path.StartsWith("/admin/", StringComparison.Ordinal);

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex("<(?:loc|uri)>(?<url>[^<]+)</(?:loc|uri)>", RegexOptions.CultureInvariant)]
    private static partial Regex XmlElement();

    [GeneratedRegex("""<script type="application/ld\+json"[^>]*>(?<json>.*?)</script>""", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}
