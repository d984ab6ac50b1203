using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Accepts UTF-8 with or without a byte order mark and nothing else. Guessing another encoding would quietly
/// turn a £ into the wrong character in published figures, so a file in any other encoding is refused with
/// instructions for saving it as UTF-8.
/// </summary>
public static class TextDecoding
{
    public const string SaveAsUtf8Advice =
        "Save it as UTF-8 and upload it again: in Excel choose File, Save As and the type 'CSV UTF-8 (Comma delimited) (*.csv)'; " +
        "in LibreOffice Calc tick 'Edit filter settings' and choose 'Unicode (UTF-8)'; in a text editor choose the UTF-8 encoding.";

    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>The UTF-8 bytes without a byte order mark, or null (with an error reported) when they are not UTF-8.</summary>
    public static ReadOnlyMemory<byte>? Utf8Body(byte[] bytes, string source, ReportBuilder report)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            report.Error(RuleCodes.EncodingNotUtf8,
                $"'{source}' is saved as UTF-16 ('Unicode text'), not UTF-8. {SaveAsUtf8Advice}", new SourcePlace(source, null));
            return null;
        }

        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var body = bytes.AsMemory(start);
        var invalidAt = FirstInvalidByte(body.Span);
        if (invalidAt < 0)
        {
            return body;
        }

        var line = 1 + body.Span[..invalidAt].Count((byte)'\n');
        var value = body.Span[invalidAt];
        var shown = Windows1252.GetString([value]);
        report.Error(RuleCodes.EncodingNotUtf8,
            $"'{source}' is not saved as UTF-8: line {line} has a character UTF-8 does not allow (byte {value:X2}, which is '{shown}' in Windows-1252). {SaveAsUtf8Advice}",
            new SourcePlace(source, null), row: line, value: shown);
        return null;
    }

    public static string Decode(ReadOnlyMemory<byte> utf8) => Encoding.UTF8.GetString(utf8.Span);

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var buffer = ArrayPool<char>.Shared.Rent(8192);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
                {
                    return offset;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
