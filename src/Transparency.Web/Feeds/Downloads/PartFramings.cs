using System.Text;
using Transparency.Web.Feeds.Downloads.Storage;
using Transparency.Web.Feeds.Giving;
using Transparency.Web.Feeds.Ocds;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>The framing of every output's files: CSV and JSON for each table, the OCDS record package and the 360Giving package.</summary>
public sealed class PartFramings
{
    private readonly Dictionary<(string Output, string Format), PartFraming> _framings = new();

    public PartFramings(FeedsOptions options, IReadOnlyList<IDownloadTable> tables)
    {
        var array = new Fixed("application/json", "["u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray());
        foreach (var table in tables)
        {
            _framings[(table.Name, "csv")] = new Fixed("text/csv", CsvHeader(table), [], []);
            _framings[(table.Name, "json")] = array;
        }

        _framings[(PartPaths.Ocds, "json")] = new Package((path, date) => new OcdsPackageWriter(options).RecordPackageFraming(path, date));
        _framings[(PartPaths.Grants, "json")] = new Package((path, date) => GrantsPackageWriter.Framing(options, path, date));
    }

    public PartFraming For(string output, string format) => _framings[(output, format)];

    private static byte[] CsvHeader(IDownloadTable table)
    {
        using var stream = new MemoryStream();
        using (var csv = new SafeCsvWriter(stream))
        {
            csv.WriteHeader(table.Columns.Select(c => c.Name));
            csv.Flush();
        }

        var header = stream.ToArray();
        return header.AsSpan().EndsWith("\r\n"u8) ? header : [.. header, .. Encoding.ASCII.GetBytes("\r\n")];
    }

    private sealed class Fixed(string mediaType, byte[] header, byte[] footer, byte[] separator) : PartFraming
    {
        public override string MediaType => mediaType;

        public override byte[] Separator => separator;

        public override byte[] Header(string path, DateTime? latest) => header;

        public override byte[] Footer(string path, DateTime? latest) => footer;
    }

    /// <summary>A JSON package whose opening names its own address and date; bodies are items of one array in it.</summary>
    private sealed class Package(Func<string, DateTime?, (byte[] Header, byte[] Footer)> frame) : PartFraming
    {
        public override string MediaType => "application/json";

        public override byte[] Separator => ","u8.ToArray();

        public override byte[] Header(string path, DateTime? latest) => frame(path, latest).Header;

        public override byte[] Footer(string path, DateTime? latest) => frame(path, latest).Footer;
    }
}
