using Transparency.Web.Domain;

namespace Transparency.Web.PerformanceNotices;

/// <summary>A notice's 12-month assessment period: four consecutive quarters, named by its first and last.</summary>
public readonly record struct AssessmentPeriod(Quarter From, Quarter To)
{
    public const int Quarters = 4;

    public static AssessmentPeriod EndingWith(Quarter to) => new(to.AddQuarters(1 - Quarters), to);

    public static AssessmentPeriod FromCodes(int fromCode, int toCode) => new(Quarter.FromCode(fromCode), Quarter.FromCode(toCode));

    public IReadOnlyList<Quarter> All => Enumerable.Range(0, Quarters).Select(From.AddQuarters).ToList();

    public DateOnly StartDate => From.StartDate;

    public DateOnly EndDate => To.EndDate;

    /// <summary>The period's part of an address, from its last quarter: <c>2025-26-q2</c>.</summary>
    public string Slug => $"{To.FinancialYear}-q{To.Number}";

    public override string ToString() => $"{From} to {To}";

    /// <summary>Reads <see cref="Slug"/> back; false for anything else.</summary>
    public static bool TryParseSlug(string? slug, out AssessmentPeriod period)
    {
        period = default;
        var text = slug?.Trim() ?? string.Empty;
        var cut = text.LastIndexOf("-q", StringComparison.OrdinalIgnoreCase);
        if (cut < 0 || !Quarter.TryParse($"{text[..cut]} Q{text[(cut + 2)..]}", out var to))
        {
            return false;
        }

        period = EndingWith(to);
        return true;
    }
}
