using Transparency.Web.Domain;

namespace Transparency.Web.Site.Model;

/// <summary>
/// The moment a build describes and the quarters its pages show: known before any table is read, so the reads that
/// depend only on it (the data-quality scores) can run alongside the others.
/// </summary>
public sealed record SitePeriod(DateTime AsOf, Quarter LatestDue, IReadOnlyList<Quarter> Window, DeadlineRule Deadlines)
{
    /// <summary>The last four quarters due, for "in the last year" figures.</summary>
    public IReadOnlyList<Quarter> LastYear { get; } = Window.Skip(Math.Max(0, Window.Count - 4)).ToList();

    /// <summary>The financial year pages call "this financial year": the one holding <see cref="LatestDue"/>.</summary>
    public IEnumerable<Quarter> ThisFinancialYear => Window.Where(q => q.FinancialYearStart == LatestDue.FinancialYearStart);

    public int FirstCode => Window[0].Code;

    public int LastYearFirstCode => Window[^4].Code;
}
