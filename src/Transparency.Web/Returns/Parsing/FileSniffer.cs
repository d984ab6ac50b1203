using System.Buffers.Binary;
using System.IO.Compression;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Looks at an upload's first bytes before anything reads it, so a file that is something else (a PDF, a photo,
/// a Word document, an old .xls, a UTF-16 or UTF-32 text file) is named for what it is, in one sentence that says
/// what to upload instead, rather than failing deep inside a reader with a message about bytes.
/// </summary>
public static class FileSniffer
{
    public const string Instead = "upload the return as an .xlsx workbook, CSV files or a JSON document made from the templates at " + ReturnsSetup.StandardPath + "/";

    /// <summary>The rule code and sentence for a file that is not what its name says, or null when it may be.</summary>
    public static (string Code, string Message)? Check(UploadedFile file)
    {
        var name = file.DisplayName;
        var bytes = file.Content;
        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..])
        {
            return (RuleCodes.FileContentMismatch,
                $"'{name}' is an old-style Excel 97–2003 workbook (.xls) or another Office 97–2003 file, which the portal cannot read: open it in your spreadsheet program, save it as an Excel Workbook (.xlsx) and upload that.");
        }

        if (Binary(bytes) is { } binary)
        {
            return (RuleCodes.FileContentMismatch, $"'{name}' is {binary}, not a return: {Instead}.");
        }

        if (bytes is [0x50, 0x4B, 0x03 or 0x05, 0x04 or 0x06, ..])
        {
            return Zip(file);
        }

        if (file.Extension is ".csv" or ".json" && TextEncoding(bytes) is { } encoding)
        {
            return (RuleCodes.EncodingNotUtf8, $"'{name}' is saved as {encoding}, not UTF-8. {TextDecoding.SaveAsUtf8Advice}");
        }

        if (file.Extension is ".xlsx" or ".zip")
        {
            var kind = file.Extension == ".xlsx" ? "an .xlsx workbook" : "a .zip file";
            return (RuleCodes.FileContentMismatch, $"'{name}' is a text file, not {kind}, so it cannot be read as {file.Extension}. " + (file.Extension == ".xlsx"
                ? "Save it from your spreadsheet program as an Excel Workbook (.xlsx), or upload a CSV file with the .csv extension."
                : "Make the .zip again from the section CSV files."));
        }

        var body = bytes.AsSpan(bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0);
        if (body.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return (RuleCodes.FileEmpty, body.Length == 0
                ? $"'{name}' is empty. Check you chose the right file."
                : $"'{name}' has nothing in it but spaces or blank lines. Check you chose the right file.");
        }

        return ForeignData.Recognise(file, body) is { } foreign ? (RuleCodes.FileNotAReturn, foreign) : null;
    }

    private static string? Binary(byte[] b) => b switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "a PDF document",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [0x47, 0x49, 0x46, 0x38, 0x37 or 0x39, 0x61, ..] => "a GIF image",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "a WebP image",
        [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => "a TIFF image",
        [0x7B, 0x5C, 0x72, 0x74, 0x66, ..] => "a Rich Text (.rtf) document",
        [0x1F, 0x8B, ..] => "a gzip-compressed file",
        [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, ..] => "a 7-Zip archive",
        [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, ..] => "a RAR archive",
        [0x4D, 0x5A, ..] when IsWindowsProgram(b) => "a Windows program",
        [0x7F, 0x45, 0x4C, 0x46, ..] => "a program",
        _ => null,
    };

    private static bool IsWindowsProgram(byte[] b)
    {
        if (b.Length < 64)
        {
            return false;
        }

        var offset = BitConverter.ToInt32(b, 0x3C);
        return offset > 0 && offset <= b.Length - 4 && b.AsSpan(offset, 4).SequenceEqual("PE\0\0"u8);
    }

    /// <summary>UTF-16 and UTF-32 by their byte order marks, and without one by the zero bytes between ASCII characters.</summary>
    private static string? TextEncoding(byte[] b)
    {
        switch (b)
        {
            case [0xFF, 0xFE, 0x00, 0x00, ..]:
                return "UTF-32 (little-endian)";
            case [0x00, 0x00, 0xFE, 0xFF, ..]:
                return "UTF-32 (big-endian)";
            case [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]:
                return "UTF-16 ('Unicode text')";
        }

        var sample = b.AsSpan(0, Math.Min(b.Length, 400));
        if (sample.Length < 8 || sample.IndexOf((byte)0) < 0)
        {
            return null;
        }

        int[] zeros = [0, 0, 0, 0];
        for (var i = 0; i < sample.Length; i++)
        {
            zeros[i % 4] += sample[i] == 0 ? 1 : 0;
        }

        var quarter = sample.Length / 4;
        if ((zeros[1] + zeros[2] + zeros[3] >= 3 * quarter * 0.9 && zeros[0] < quarter / 2) || (zeros[0] + zeros[1] + zeros[2] >= 3 * quarter * 0.9 && zeros[3] < quarter / 2))
        {
            return "UTF-32";
        }

        var odd = zeros[1] + zeros[3];
        var even = zeros[0] + zeros[2];
        return odd >= sample.Length / 2 * 0.8 || even >= sample.Length / 2 * 0.8 ? "UTF-16 ('Unicode text') without a byte order mark" : null;
    }

    /// <summary>What kind of zip package the file is, from its entry names, against what its extension promises.</summary>
    private static (string, string)? Zip(UploadedFile file)
    {
        if (DeclaredEntries(file.Content) is not (>= 0 and <= 10_000))
        {
            // Too many entries to list safely, or no directory: the archive reader refuses it with the reason.
            return null;
        }

        string kind;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(file.Content, writable: false), ZipArchiveMode.Read);
            var names = archive.Entries.Select(e => e.FullName).ToList();
            kind = names.Contains("xl/workbook.xml") || names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? "xlsx"
                : names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? "a Word document (.docx)"
                : names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)) ? "a PowerPoint presentation (.pptx)"
                : archive.GetEntry("mimetype") is { } mimetype ? OpenDocument(mimetype)
                : "zip";
        }
        catch (InvalidDataException)
        {
            // A damaged archive is reported by the reader, which says how it is damaged.
            return null;
        }

        var name = file.DisplayName;
        return (kind, file.Extension) switch
        {
            ("xlsx", ".xlsx") or ("zip", ".zip") => null,
            ("zip", not (".csv" or ".json" or ".xlsx")) => null,
            ("xlsx", _) => (RuleCodes.FileContentMismatch, $"'{name}' is an Excel workbook, so it cannot be read as {file.Extension}: upload it with the .xlsx extension, or save each sheet as CSV UTF-8."),
            ("zip", ".xlsx") => (RuleCodes.FileContentMismatch, $"'{name}' is a .zip file, not an Excel workbook: upload it with the .zip extension if it holds the section CSV files, or save the workbook again as .xlsx."),
            ("zip", _) => (RuleCodes.FileContentMismatch, $"'{name}' is a .zip file, so it cannot be read as {file.Extension}: upload it with the .zip extension if it holds the section CSV files."),
            _ => (RuleCodes.FileContentMismatch, $"'{name}' is {kind}, not a return: {Instead}."),
        };
    }

    /// <summary>The entry count in the zip's end-of-central-directory record, read without opening the archive; -1 when there is none.</summary>
    private static int DeclaredEntries(byte[] bytes)
    {
        var from = Math.Max(0, bytes.Length - 22 - 65535);
        for (var i = bytes.Length - 22; i >= from; i--)
        {
            if (bytes.AsSpan(i, 4).SequenceEqual("PK\u0005\u0006"u8))
            {
                return BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 10, 2));
            }
        }

        return -1;
    }

    private static string OpenDocument(ZipArchiveEntry mimetype)
    {
        using var reader = new StreamReader(mimetype.Open(), System.Text.Encoding.ASCII);
        var type = new string([.. reader.ReadToEnd().Take(100)]);
        return type.Contains("spreadsheet", StringComparison.Ordinal)
            ? "an OpenDocument spreadsheet (.ods; save it as an Excel Workbook, .xlsx)"
            : type.Contains("text", StringComparison.Ordinal) ? "an OpenDocument text document (.odt)" : "an OpenDocument file";
    }
}
