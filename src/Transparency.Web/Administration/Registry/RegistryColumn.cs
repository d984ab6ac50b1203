namespace Transparency.Web.Administration.Registry;

/// <summary>A column of a registry CSV file and the matching form field.</summary>
/// <param name="Name">The CSV header, such as <c>legal_form</c>.</param>
/// <param name="Property">The row property the form binds, such as <c>LegalForm</c>.</param>
public sealed record RegistryColumn<TRow>(string Name, string Property, Func<TRow, string?> Get, Action<TRow, string?> Set, bool Required = false);
