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

    /// <summary>
    /// Reads every entry once, within the declared sizes, to check each matches its checksum. Used for workbooks,
    /// whose parts the spreadsheet library decompresses itself.
    /// </summary>
    public bool VerifyAll(ReportBuilder report)
    {
        foreach (var entry in _archive.Entries.Where(e => e.Length > 0))
        {
            if (Read(entry, report) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The entry's bytes, or null when it is bigger than the budget left, or its content does not match what it declares (reported).</summary>
    public byte[]? Read(ZipArchiveEntry entry, ReportBuilder report)
    {
        var limit = Math.Min(entry.Length, _budget);
        using var output = new MemoryStream((int)Math.Min(limit, 1 << 20));
        var crc = 0u;
        try
        {
            using var input = entry.Open();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > limit)
                {
                    return Refuse(entry, report);
                }

                crc = Crc32.Append(crc, buffer.AsSpan(0, read));
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            return Refuse(entry, report);
        }

        if (output.Length != entry.Length || crc != entry.Crc32)
        {
            return Refuse(entry, report);
        }

        _budget -= output.Length;
        return output.ToArray();
    }

    private byte[]? Refuse(ZipArchiveEntry entry, ReportBuilder report)
    {
        report.Error(RuleCodes.ArchiveTooLarge,
            $"'{_source}' is damaged or built to expand further than it says ('{entry.FullName}' does not match its declared size and checksum), so the portal will not unpack it. Make the file again and upload the new copy.",
            new SourcePlace(_source, null), value: entry.FullName);
        return null;
    }

    public void Dispose() => _archive.Dispose();
}
