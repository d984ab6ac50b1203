using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.Site.Build;

namespace Transparency.Web.Site.Serving;

/// <summary>
/// What a full build depends on besides the database: the portal's code, the content pages and the site settings.
/// The served site keeps the stamp of its last full build, so after an upgrade, a content edit or a new setting the
/// portal rebuilds on start instead of serving the previous version's pages until publications replace them.
/// </summary>
public sealed class SiteStamp(PortalPaths paths, IOptions<SiteOptions> options)
{
    private const string FileName = "build-stamp.txt";

    private string? _current;

    /// <summary>The stamp of this process's code, content and settings; worked out once, since none of them change while it runs.</summary>
    public string Current() => _current ??= Compute();

    private string Compute()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var site = options.Value;
        Add(hash, typeof(SiteStamp).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(hash, string.Join('|', site.BaseUrl, site.WindowQuarters, site.SearchIndex, site.AsOf?.ToString("O", CultureInfo.InvariantCulture)));
        if (Directory.Exists(paths.ContentFolder))
        {
            foreach (var file in Directory.GetFiles(paths.ContentFolder, "*.md").Order(StringComparer.Ordinal))
            {
                Add(hash, Path.GetFileName(file));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public string? Stored() => File.Exists(StampFile) ? File.ReadAllText(StampFile).Trim() : null;

    public void Store(string stamp) => File.WriteAllText(StampFile, stamp);

    private string StampFile => Path.Combine(paths.SiteFolder, FileName);

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
}
