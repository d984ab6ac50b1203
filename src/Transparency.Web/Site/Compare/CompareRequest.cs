namespace Transparency.Web.Site.Compare;

/// <summary>
/// What the compare address asks for: providers by identifier in <c>p</c> (repeated, at most
/// <see cref="ReadComparison.MaxProviders"/>, blanks ignored, duplicates dropped) and optionally a name to look for
/// in <c>q</c>. Problems are collected for the error summary rather than thrown, so the rest of the request still works.
/// </summary>
public sealed record CompareRequest(IReadOnlyList<string> Identifiers, string? Name, IReadOnlyList<string> Problems)
{
    public const int MaxNameLength = 100;

    public static CompareRequest From(IQueryCollection query)
    {
        var problems = new List<string>();
        var identifiers = query["p"].Select(p => p?.Trim() ?? string.Empty).Where(p => p.Length > 0)
            .DistinctBy(p => p.ToUpperInvariant()).ToList();
        if (identifiers.Count > ReadComparison.MaxProviders)
        {
            problems.Add($"Choose up to {ReadComparison.MaxProviders} providers: the first {ReadComparison.MaxProviders} are shown");
            identifiers = identifiers.Take(ReadComparison.MaxProviders).ToList();
        }

        if (identifiers.Any(i => i.Length > 50))
        {
            problems.Add("A provider identifier is at most 50 characters, like GB-COH-01234567");
            identifiers = identifiers.Where(i => i.Length <= 50).ToList();
        }

        var name = query["q"].ToString().Trim();
        if (name.Length > MaxNameLength)
        {
            problems.Add($"Enter at most {MaxNameLength} characters of the provider’s name");
            name = name[..MaxNameLength];
        }

        return new CompareRequest(identifiers, name.Length == 0 ? null : name, problems);
    }

    /// <summary>The compare address for these identifiers, in this order.</summary>
    public static string Url(IEnumerable<string> identifiers, string file = "") =>
        SiteUrls.Compare + file + QueryString(identifiers);

    public static string QueryString(IEnumerable<string> identifiers)
    {
        var parts = identifiers.Select(i => "p=" + Uri.EscapeDataString(i)).ToList();
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }
}
