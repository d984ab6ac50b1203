using Transparency.Web.Domain;
using Transparency.Web.Feeds.Downloads.Storage;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// Where each part is published inside /downloads/, like parts/csv/funding/2025-26/00012-3fa9c2e1d4b5a6f7.csv: the
/// bucket, then the start of the body's SHA-256, so a part's address names its content and never serves other bytes.
/// </summary>
public static class PartPaths
{
    public const string Ocds = "ocds";
    public const string Grants = "grants";

    public static string Of(StoredPart part)
    {
        var name = $"{part.Bucket:D5}-{part.Blob[..16]}";
        return part.Output switch
        {
            Ocds => $"parts/ocds/{name}.json",
            Grants => $"parts/360giving/{name}.json",
            _ when part.Year is { } year => $"parts/{part.Format}/{part.Output}/{Quarter.FormatFinancialYear(year)}/{name}.{part.Format}",
            _ => $"parts/{part.Format}/{part.Output}/{name}.{part.Format}",
        };
    }
}
