namespace Transparency.Web.Administration.Registry;

/// <summary>One thing wrong with an import or form: where (row and column), the value found, and how to fix it.</summary>
/// <param name="Row">The spreadsheet row (the header is row 1); null for a form.</param>
public sealed record RegistryProblem(int? Row, string Column, string Value, string Fix);
