using System.Globalization;
using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Web.Site.Contracts;

/// <summary>
/// The contracts index's filters, read from the query string by the words its form sends (slugs, as the site's
/// addresses use): <c>/contracts/?sector=health&amp;commissioner=gb-gor-d18&amp;payment=block&amp;status=active&amp;page=2</c>.
/// A value that names nothing is ignored and reported, never an error page.
/// </summary>
public sealed record ContractFilters(Sector? Sector, string? Commissioner, PaymentModel? PaymentModel, ContractStatus? Status, int Page)
{
    public static ContractFilters From(IQueryCollection query, out IReadOnlyList<string> ignored)
    {
        var problems = new List<string>();
        var sector = Parse<Sector>(query["sector"], s => SiteFormat.SectorName(s), "sector", problems);
        var payment = Parse<PaymentModel>(query["payment"], m => SiteFormat.PaymentModelName(m), "payment model", problems);
        var status = Parse<ContractStatus>(query["status"], StatusName, "status", problems);
        var commissioner = query["commissioner"].ToString().Trim();
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        ignored = problems;
        return new ContractFilters(sector, commissioner.Length == 0 ? null : SiteUrls.Slug(commissioner), payment, status, page);
    }

    public static string StatusName(ContractStatus status) => status switch
    {
        ContractStatus.Active => "Active",
        ContractStatus.NotStarted => "Not started",
        ContractStatus.Ended => "Ended",
        _ => status.ToString(),
    };

    /// <summary>This filter's address, on another page of results.</summary>
    public string Url(int page)
    {
        var parts = new List<string>();
        Add(parts, "sector", Sector is { } s ? SiteUrls.Slug(SiteFormat.SectorName(s)) : null);
        Add(parts, "commissioner", Commissioner);
        Add(parts, "payment", PaymentModel is { } m ? SiteUrls.Slug(SiteFormat.PaymentModelName(m)) : null);
        Add(parts, "status", Status is { } t ? SiteUrls.Slug(StatusName(t)) : null);
        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return SiteUrls.Contracts + (parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts));
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private static T? Parse<T>(string? value, Func<T, string> name, string what, List<string> problems)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var slug = SiteUrls.Slug(value);
        foreach (var member in Enum.GetValues<T>())
        {
            if (SiteUrls.Slug(name(member)) == slug)
            {
                return member;
            }
        }

        problems.Add($"There is no {what} called ‘{value.Trim()}’, so every {what} is shown.");
        return null;
    }
}
