namespace Transparency.Web.Site.Pages;

/// <summary>
/// One line of a return that a correction changed: the section of the return it sits in, the line (contract and
/// payment type, or contract, KPI, cohort and area), and its value before and after; "none" when the line was
/// added or removed.
/// </summary>
public sealed record FigureChange(string Section, string Contract, string Line, string Before, string After, string BeforeCsv, string AfterCsv);
