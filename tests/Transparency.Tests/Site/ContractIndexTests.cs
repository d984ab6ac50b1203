using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Site.Search;
using Transparency.Web.Domain;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

/// <summary>
/// The contracts index the portal serves at /contracts/ and the header navigation: filters that work as a plain GET
/// form, counts that match the database, and the current section marked on contracts and insights pages.
/// </summary>
public abstract partial class ContractIndexTests(SearchPortal portal)
{
    [Fact]
    public async Task Index_WithoutFilters_ListsEveryContractAPageAtATime()
    {
        await using var db = portal.Database.CreateContext();
        var total = await db.Contracts.CountAsync();

        var html = await portal.Client.GetStringAsync(new Uri(SiteUrls.Contracts, UriKind.Relative));

        Assert.Contains($">{SiteFormat.Number(total)} contracts</h2>", html, StringComparison.Ordinal);
        Assert.Equal(Math.Min(total, 50), RowLinks().Count(html));
        Assert.Contains(total > 50 ? "href=\"/contracts/?page=2\"" : "contracts</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_FilteredBySectorCommissionerAndPaymentModel_ShowsOnlyThoseContracts()
    {
        await using var db = portal.Database.CreateContext();
        var sample = await db.Contracts.Include(c => c.Commissioner).OrderBy(c => c.Id).FirstAsync();
        var expected = await db.Contracts.Where(c => c.Sector == sample.Sector && c.CommissionerId == sample.CommissionerId && c.PaymentModel == sample.PaymentModel)
            .Select(c => c.Reference).ToListAsync();
        var url = $"/contracts/?sector={SiteUrls.Slug(SiteFormat.SectorName(sample.Sector))}&commissioner={SiteUrls.Slug(sample.Commissioner!.Identifier)}"
            + $"&payment={SiteUrls.Slug(SiteFormat.PaymentModelName(sample.PaymentModel))}&status=";

        var html = await portal.Client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(expected.Select(SiteUrls.Contract).Order(StringComparer.Ordinal), RowLinks().Matches(html).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.Contains($"<option value=\"{SiteUrls.Slug(sample.Commissioner.Identifier)}\" selected>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("active")]
    [InlineData("ended")]
    [InlineData("not-started")]
    public async Task Index_FilteredByStatus_CountsWhatTheDatabaseHas(string status)
    {
        var html = await portal.Client.GetStringAsync(new Uri("/contracts/?status=" + status, UriKind.Relative));
        var asOf = DateOnly.ParseExact(StatusDay().Match(html).Groups[1].Value, "d MMMM yyyy", SiteFormat.Culture);
        await using var db = portal.Database.CreateContext();
        var expected = status switch
        {
            "active" => await db.Contracts.CountAsync(c => c.StartDate <= asOf && c.EndDate >= asOf),
            "ended" => await db.Contracts.CountAsync(c => c.EndDate < asOf),
            _ => await db.Contracts.CountAsync(c => c.StartDate > asOf),
        };

        Assert.Contains($">{SiteFormat.Number(expected)} contract{(expected == 1 ? string.Empty : "s")}</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_WithAFilterValueThatNamesNothing_SaysSoAndShowsEverything()
    {
        using var response = await portal.Client.GetAsync(new Uri("/contracts/?sector=astrology&page=abc", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no sector called ‘astrology’", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/contracts/", "Contracts")]
    [InlineData("/insights/", "Insights")]
    [InlineData("/insights/timeliness/", "Insights")]
    [InlineData("/providers/", "Providers")]
    public async Task Navigation_MarksTheCurrentSection(string url, string section)
    {
        var html = await portal.Client.GetStringAsync(new Uri(url, UriKind.Relative));

        var current = CurrentSection().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([section], current);
        Assert.Contains("class=\"govuk-service-navigation__link\" href=\"/insights/\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-service-navigation__link\" href=\"/contracts/\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"(/contracts/[^\"]+/)\">")]
    private static partial Regex RowLinks();

    [GeneratedRegex("Status on ([^,]+), the day")]
    private static partial Regex StatusDay();

    [GeneratedRegex("aria-current=\"true\"><strong class=\"govuk-service-navigation__active-fallback\">([^<]+)</strong>")]
    private static partial Regex CurrentSection();
}

public sealed class SqliteContractIndexTests(SqliteSearchPortal portal) : ContractIndexTests(portal), IClassFixture<SqliteSearchPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresContractIndexTests(PostgresSearchPortal portal) : ContractIndexTests(portal), IClassFixture<PostgresSearchPortal>;
