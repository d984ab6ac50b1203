using System.IO.Compression;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Opens .zip and .xlsx uploads without trusting them. The entry count and the sizes the archive declares are
/// checked before anything is decompressed, and every entry is then read through a counter that stops as soon
/// as it passes its declared size or the overall budget, so a zip bomb is refused rather than unpacked.
/// </summary>
public sealed class BoundedArchive : IDisposable
{
    private readonly ZipArchive _archive;
    private readonly string _source;
    private long _budget;

    private BoundedArchive(ZipArchive archive, string source, ReturnsOptions limits)
    {
        _archive = archive;
        _source = source;
        _budget = limits.MaxExpandedBytes;
    }

    public IReadOnlyCollection<ZipArchiveEntry> Entries => _archive.Entries;

    /// <summary>The archive, or null when it is unreadable or too big (the reason is reported).</summary>
    public static BoundedArchive? Open(byte[] bytes, string source, string kind, ReturnsOptions limits, ReportBuilder report)
    {
        var place = new SourcePlace(source, null);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            report.Error(RuleCodes.ArchiveUnreadable, $"'{source}' is damaged and cannot be opened as {kind}. Save it again and upload the new copy.", place);
            return null;
        }

        if (archive.Entries.Count > limits.MaxArchiveEntries)
        {
            report.Error(RuleCodes.ArchiveTooManyEntries,
                $"'{source}' holds {archive.Entries.Count:N0} files, more than the {limits.MaxArchiveEntries:N0} the portal accepts in {kind}. Upload only the return's files.", place);
            archive.Dispose();
            return null;
        }

        var declared = archive.Entries.Sum(e => e.Length);
        if (declared > limits.MaxExpandedBytes)
        {
            report.Error(RuleCodes.ArchiveTooLarge,
                $"'{source}' would expand to {ReturnsOptions.Megabytes(declared)}, more than the {ReturnsOptions.Megabytes(limits.MaxExpandedBytes)} the portal unpacks. " +
                "A return is much smaller than this: check you chose the right file.", place);
            archive.Dispose();
            return null;
        }

        return new BoundedArchive(archive, source, limits);
    }

    /// <summary>The entry's bytes, or null when it turns out bigger than it declared or than the budget left (reported).</summary>
    public byte[]? Read(ZipArchiveEntry entry, ReportBuilder report)
    {
        var limit = Math.Min(entry.Length, _budget);
        using var input = entry.Open();
        using var output = new MemoryStream((int)Math.Min(limit, 1 << 20));
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > limit)
            {
                report.Error(RuleCodes.ArchiveTooLarge,
                    $"'{_source}' is built to expand further than it says ('{entry.FullName}' is bigger than declared), so the portal will not unpack it. Save the files again and upload a new copy.",
                    new SourcePlace(_source, null));
                return null;
            }

            output.Write(buffer, 0, read);
        }

        _budget -= output.Length;
        return output.ToArray();
    }

    public void Dispose() => _archive.Dispose();
}
