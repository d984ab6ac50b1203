using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Api;

/// <summary>Server-driven paging: default and bounded page sizes, keyset skiptokens, and nextLinks that reach the last row.</summary>
public abstract class ODataPagingTests(ApiPortal portal)
{
    [Fact]
    public async Task NextLink_FollowedToTheEnd_ReturnsEveryRowOnce()
    {
        await using var db = portal.Database.CreateContext();
        var expected = await db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published).Select(f => f.Id).OrderBy(id => id).ToListAsync();

        var seen = new List<long>();
        var pages = 0;
        string? url = "/odata/Funding?$select=Id,Amount&$orderby=Amount desc";
        while (url is not null)
        {
            var page = await portal.GetJsonAsync(url);
            var rows = page.GetProperty("value").EnumerateArray().ToList();
            Assert.True(rows.Count <= 100);
            seen.AddRange(rows.Select(r => r.GetProperty("Id").GetInt64()));
            url = page.TryGetProperty("@odata.nextLink", out var next) ? new Uri(next.GetString()!).PathAndQuery : null;
            Assert.True(url is null || url.Contains("$skiptoken=", StringComparison.Ordinal), url);
            pages++;
        }

        Assert.Equal(expected, seen.Order());
        Assert.Equal((expected.Count + 99) / 100, pages);
    }

    [Theory]
    [InlineData(null, 100)]
    [InlineData("odata.maxpagesize=7", 7)]
    [InlineData("odata.maxpagesize=1000", 1000)]
    [InlineData("odata.maxpagesize=5000", 1000)]
    [InlineData("odata.maxpagesize=0", 100)]
    public async Task PageSize_FollowsPreferWithinTheMaximum(string? prefer, int expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/KpiResults?$select=Id", UriKind.Relative));
        if (prefer is not null)
        {
            request.Headers.Add("Prefer", prefer);
        }

        using var response = await portal.Client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(expected, body.GetProperty("value").GetArrayLength());
        Assert.True(body.TryGetProperty("@odata.nextLink", out _));
        if (prefer is not null && expected != 100)
        {
            Assert.Equal($"odata.maxpagesize={expected}", response.Headers.GetValues("Preference-Applied").Single());
        }
    }

    [Theory]
    [InlineData("Kpis($select=Id)", null)]
    [InlineData("Kpis($select=Id;$filter=Kind ne 'Input')", KpiKind.Input)]
    public async Task ExpandedCollections_ArePagedInKeyOrderWithANestedNextLink(string expand, KpiKind? excluded)
    {
        await using var db = portal.Database.CreateContext();
        var kpis = await db.KpiDefinitions.Where(k => k.Kind != excluded).Select(k => new { k.ContractId, k.Id }).ToListAsync();
        var byContract = kpis.GroupBy(k => k.ContractId).Where(g => g.Count() > 2).Take(20).ToDictionary(g => g.Key, g => g.Select(k => k.Id).Order().ToList());
        Assert.NotEmpty(byContract);
        portal.Sql.Clear();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(
            $"/odata/Contracts?$select=Id&$filter=Id in ({string.Join(',', byContract.Keys)})&$expand={expand}", UriKind.Relative));
        request.Headers.Add("Prefer", "odata.maxpagesize=2");
        using var response = await portal.Client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.True(body.TryGetProperty("value", out var value), body.GetRawText());
        var contracts = value.EnumerateArray().ToList();
        Assert.Equal(2, contracts.Count);
        foreach (var contract in contracts)
        {
            var ids = contract.GetProperty("Kpis").EnumerateArray().Select(k => k.GetProperty("Id").GetInt32()).ToList();
            Assert.Equal(byContract[contract.GetProperty("Id").GetInt32()].Take(2), ids);
            Assert.True(contract.TryGetProperty("Kpis@odata.nextLink", out _));
        }

        // SQLite pages the expanded KPIs by counting earlier siblings through the index (RankedNestedPages).
        if (portal.Database is SqliteTestDatabase)
        {
            Assert.DoesNotContain(portal.Sql, sql => sql.Contains("ROW_NUMBER", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ApplyResults_ArePagedToo()
    {
        var first = await portal.GetJsonAsync("/odata/Funding?$apply=groupby((ContractId),aggregate(Amount with sum as Total))&$orderby=ContractId");
        var next = new Uri(first.GetProperty("@odata.nextLink").GetString()!).PathAndQuery;
        var second = await portal.GetValuesAsync(next);

        Assert.Equal(100, first.GetProperty("value").GetArrayLength());
        Assert.NotEmpty(second);
        Assert.True(second[0].GetProperty("ContractId").GetInt32() > first.GetProperty("value")[99].GetProperty("ContractId").GetInt32());
    }
}

public sealed class SqliteODataPagingTests(SqliteApiPortal portal) : ODataPagingTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresODataPagingTests(PostgresApiPortal portal) : ODataPagingTests(portal), IClassFixture<PostgresApiPortal>;
