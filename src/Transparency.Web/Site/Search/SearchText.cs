using System.Globalization;
using System.Text;

namespace Transparency.Web.Site.Search;

/// <summary>
/// How text is folded before it is indexed or searched, the same for both engines: lower case, accents removed, and
/// every run of characters other than letters and digits turned into one space. "St Mary’s GB-COH-01234567" becomes
/// "st mary s gb coh 01234567", so FTS5's unicode61 tokenizer and PostgreSQL's 'simple' configuration see the same words,
/// and a query can never carry FTS or tsquery syntax.
/// </summary>
public static class SearchText
{
    /// <summary>The longest word kept; longer runs are cut (no name has such a word, a pasted string might).</summary>
    public const int MaxWordLength = 40;

    public static string Fold(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                continue;
            }

            foreach (var c in part.Normalize(NormalizationForm.FormD))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
                else if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }

            if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The folded words of a text, each at most <see cref="MaxWordLength"/> characters.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w).ToList();
}
