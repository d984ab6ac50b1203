using System.Linq.Expressions;
using Transparency.Web.Domain;

namespace Transparency.Web.PublicRecord;

/// <summary>
/// How a stored quarter code (20252 for the second quarter of 2025-26) is written for the public, in each place it
/// has to be computed: C# (<see cref="Quarter"/>), a LINQ expression both engines translate (the insight API's
/// labels), and each engine's own SQL (the API's quarter start dates and financial years). Tests hold every form
/// to <see cref="Quarter"/>'s, so a label or date cannot differ between the site, the files and the API.
/// </summary>
public static class QuarterPresentation
{
    /// <summary>"2025-26 Q2", as <see cref="Quarter.ToString"/> writes it.</summary>
    public static string Label(int code) => Quarter.FromCode(code).ToString();

    /// <summary>
    /// The label as an expression for a query. The second financial-year digits come from (year + 1) % 100 + 100, so
    /// 2008 gives "109" and its last two "09".
    /// </summary>
    public static readonly Expression<Func<int, string>> LabelExpression = code =>
        (code / 10).ToString() + "-" + ((code / 10 + 1) % 100 + 100).ToString().Substring(1, 2) + " Q" + (code % 10).ToString();

    /// <summary>SQL for one engine: the first day of the quarter and the financial year ("2025-26") of a code column.</summary>
    public sealed record Sql(Func<string, string> Start, Func<string, string> FinancialYear);

    public static readonly Sql Sqlite = new(
        code => $"printf('%04d-%02d-01', {code} / 10 + ({code} % 10 = 4), ({code} % 10) * 3 % 12 + 1)",
        code => $"({code} / 10) || '-' || substr('0' || (({code} / 10 + 1) % 100), -2, 2)");

    public static readonly Sql Postgres = new(
        code => $"make_date({code} / 10 + CASE WHEN {code} % 10 = 4 THEN 1 ELSE 0 END, ({code} % 10) * 3 % 12 + 1, 1)",
        code => $"({code} / 10)::text || '-' || lpad((({code} / 10 + 1) % 100)::text, 2, '0')");
}
