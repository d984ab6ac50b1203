using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Transparency.Web.Feeds.Atom;

/// <summary>
/// Writes an Atom 1.0 document (RFC 4287) with System.ServiceModel.Syndication. Each entry links to the
/// return's page, the data files of its financial year and the API queries for its figures; restatements
/// carry the category "restatement" and their reason. Archive links follow RFC 5005.
/// </summary>
public sealed class AtomFeedWriter(FeedsOptions options)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";
    private static readonly string[] FactFiles = ["funding", "kpi_results", "subcontracts", "satisfaction"];
    private readonly PublicLinks _links = new(options.PublicBaseUrl);

    public byte[] Write(FeedPage page)
    {
        var scope = page.Scope;
        var self = page.Archive is { } archive ? scope.ArchivePath(archive) : scope.FeedPath;
        var feed = new SyndicationFeed(
            page.Archive is { } n ? $"{scope.Title} (archive page {n})" : scope.Title,
            "Quarterly returns published and restated on the portal, newest first.",
            _links.Absolute(scope.PagePath),
            StableUrn($"feed/{scope.Key}/{page.Archive?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "current"}"),
            page.Entries.Count == 0 ? DateTimeOffset.UnixEpoch : new DateTimeOffset(page.Entries.Max(e => e.PublishedAt), TimeSpan.Zero));
        feed.Authors.Add(new SyndicationPerson { Name = options.PublisherName, Uri = options.PublicBaseUrl.AbsoluteUri });
        feed.Copyright = new TextSyndicationContent(options.LicenceName);
        feed.Generator = options.PublisherName;
        feed.Links.Add(Link(self, "self", ContentType));
        if (page.Archive is { } current)
        {
            feed.ElementExtensions.Add(new XElement(History + "archive").CreateReader());
            feed.Links.Add(Link(scope.FeedPath, "current", ContentType));
            if (current > 1)
            {
                feed.Links.Add(Link(scope.ArchivePath(current - 1), "prev-archive", ContentType));
            }

            if (current < page.ArchivedPages)
            {
                feed.Links.Add(Link(scope.ArchivePath(current + 1), "next-archive", ContentType));
            }
        }
        else if (page.ArchivedPages > 0)
        {
            feed.Links.Add(Link(scope.ArchivePath(page.ArchivedPages), "prev-archive", ContentType));
        }

        feed.Items = page.Entries.Select(Entry).ToList();
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        return stream.ToArray();
    }

    /// <summary>A URN that identifies an entry or feed for ever, whatever host serves it.</summary>
    public static string StableUrn(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("transparency:" + name)).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return $"urn:uuid:{new Guid(bytes, bigEndian: true)}";
    }

    private SyndicationItem Entry(FeedEntry entry)
    {
        var quarter = entry.Quarter;
        var title = entry.IsRestatement
            ? $"{entry.ProviderName}: {quarter} return restated (version {entry.VersionNumber})"
            : $"{entry.ProviderName}: {quarter} return published";
        var summary = entry.IsRestatement
            ? $"Version {entry.VersionNumber} replaces the earlier figures. Reason given: {entry.RestatementReason ?? "none given"}."
            : $"Version 1 of the {quarter} return from {entry.ProviderName}.";
        var published = new DateTimeOffset(entry.PublishedAt, TimeSpan.Zero);
        var item = new SyndicationItem(title, summary, _links.Absolute(SiteUrls.ReturnVersion(entry.ProviderIdentifier, quarter, entry.VersionNumber)),
            StableUrn($"return-version/{StableIds.ReturnVersion(entry.ProviderIdentifier, entry.QuarterCode, entry.VersionNumber)}"), published)
        {
            PublishDate = published,
            Summary = new TextSyndicationContent(summary),
        };
        item.Authors.Add(new SyndicationPerson { Name = entry.ProviderName, Uri = _links.Absolute(SiteUrls.Provider(entry.ProviderIdentifier)).AbsoluteUri });
        item.Categories.Add(new SyndicationCategory(entry.IsRestatement ? "restatement" : "publication", _links.Absolute("/feeds/categories").AbsoluteUri,
            entry.IsRestatement ? "Restatement" : "First publication"));
        item.Categories.Add(new SyndicationCategory(quarter.ToString().Replace(' ', '-'), _links.Absolute("/feeds/quarters").AbsoluteUri, quarter.ToString()));
        foreach (var table in FactFiles)
        {
            item.Links.Add(new SyndicationLink(_links.Absolute(SiteUrls.DownloadFile("csv", table, quarter.FinancialYearStart)), "related", $"{table} {quarter.FinancialYear} (CSV)", "text/csv", 0));
        }

        item.Links.Add(new SyndicationLink(_links.Absolute(ODataLinks.ReturnVersion(entry.VersionId)), "related", "This version in the API", "application/json", 0));
        item.Links.Add(new SyndicationLink(_links.Absolute(ODataLinks.FactsOfVersion("KpiResults", entry.VersionId)), "related", "KPI results of this version in the API", "application/json", 0));
        item.Links.Add(new SyndicationLink(_links.Absolute(ODataLinks.FactsOfVersion("Funding", entry.VersionId)), "related", "Funding of this version in the API", "application/json", 0));
        return item;
    }

    private SyndicationLink Link(string path, string relation, string mediaType) =>
        new(_links.Absolute(path), relation, null, mediaType, 0);
}
