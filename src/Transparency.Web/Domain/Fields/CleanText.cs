using System.Globalization;
using System.Text;

namespace Transparency.Web.Domain.Fields;

/// <summary>
/// What text the portal stores and publishes: no control characters (tab and line breaks only where a field
/// allows several lines), no unpaired surrogates, no bidirectional overrides in names (they can make a name read
/// differently from what it is), and Unicode in its composed form (NFC), so "café" typed two ways is one name.
/// The returns and the registry imports both check text here; OCDS import uses <see cref="Strip"/>.
/// </summary>
public static class CleanText
{
    /// <summary>The text in NFC, or null with <paramref name="problem"/> saying which character is wrong and where.</summary>
    public static string? Check(string text, bool multiline, bool isName, out string? problem)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                problem = $"it has a broken character (an unpaired UTF-16 surrogate, U+{(int)c:X4}) at character {i + 1}";
                return null;
            }

            if (c is '\t' or '\n' or '\r' && !multiline)
            {
                problem = $"it has a {(c == '\t' ? "tab" : "line break")} at character {i + 1}. Put it on one line with spaces instead: only descriptions and commentary may have several lines";
                return null;
            }

            if (IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                problem = $"it has the control character {Name(c)} at character {i + 1}. Delete it: it is not text, and some programs act on it";
                return null;
            }

            if (isName && IsBidiControl(c))
            {
                problem = $"it has the invisible direction-changing character U+{(int)c:X4} at character {i + 1}, which can make a name read as something else. Delete it";
                return null;
            }
        }

        problem = null;
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>For text from files the portal does not control (OCDS): control and bidi characters removed, NFC.</summary>
    public static string Strip(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && !IsBidiControl(c) && !(IsControl(c) && c is not ('\n' or '\t')))
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The text as a report can show it: control, direction and broken characters written as U+XXXX.</summary>
    public static string Visible(string text) =>
        string.Concat(text.Select(c => IsControl(c) || IsBidiControl(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : c.ToString()));

    /// <summary>C0 controls, DEL and C1 controls.</summary>
    public static bool IsControl(char c) => c < ' ' || c is >= '\u007F' and <= '\u009F';

    /// <summary>Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static string Name(char c) => c switch
    {
        '\0' => "NUL (U+0000)",
        '\u001B' => "escape (U+001B), which starts terminal colour codes,",
        _ => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"),
    };
}
