using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Api;

/// <summary>$format=csv for every entity set, safe to open in a spreadsheet.</summary>
public abstract class ApiCsvTests(ApiPortal portal)
{
    public static TheoryData<string> Sets => new()
    {
        "Organisations", "ParentGroups", "Contracts", "KpiDefinitions", "KpiResults", "Funding", "Subcontracts", "Satisfaction", "Returns", "ReturnVersions",
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Csv_ForEveryEntitySet_HasAHeaderAndOneLinePerRow(string set)
    {
        using var response = await portal.Client.GetAsync(new Uri($"/odata/{set}?$format=csv&$top=5", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Id", lines[0].Split(','));
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public async Task Csv_WhenTextLooksLikeAFormula_EscapesIt_ButNotNegativeAmounts()
    {
        await using (var db = portal.Database.CreateContext())
        {
            var organisation = TestData.Organisation("GB-COH-99000001", "=HYPERLINK(\"http://evil.example\",\"Click\")");
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        var organisations = await portal.Client.GetStringAsync(new Uri("/odata/Organisations?$format=csv&$filter=Identifier eq 'GB-COH-99000001'&$select=Name", UriKind.Relative));
        var funding = await portal.Client.GetStringAsync(new Uri("/odata/Funding?$format=csv&$filter=Amount lt 0&$select=Amount&$top=1", UriKind.Relative));

        Assert.StartsWith("\"'=HYPERLINK", organisations.Split('\n')[1], StringComparison.Ordinal);
        Assert.StartsWith("-", funding.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_OfAnApplyResult_FlattensGroupsAndKeepsMoneyExact()
    {
        await using var db = portal.Database.CreateContext();
        var pence = await db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published && f.Contract!.Sector == Sector.Health).SumAsync(f => f.AmountPence);

        var csv = await portal.Client.GetStringAsync(new Uri("/odata/Funding?$apply=groupby((Contract/Sector),aggregate(Amount with sum as Total))&$format=csv", UriKind.Relative));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal("Contract/Sector,Total", lines[0]);
        Assert.Contains($"Health,{Money.ToPounds(pence).ToString(System.Globalization.CultureInfo.InvariantCulture)}", lines);
    }

    [Fact]
    public async Task Csv_ByAcceptHeader_AnnouncesTheNextPageInALinkHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/KpiResults?$select=Id,Actual&$expand=Kpi($select=Name)", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await portal.Client.SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(101, lines.Length);
        Assert.Contains("Kpi/Name", lines[0].TrimEnd('\r').Split(','));
        Assert.Contains("rel=\"next\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_FollowingTheLinkHeaders_ReadsTheWholeSetOnceByKeySetTokens()
    {
        await using var db = portal.Database.CreateContext();
        var expected = await db.Funding.CountAsync(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published);
        var ids = new List<string>();
        string? url = "/odata/Funding?$format=csv&$select=Id";
        while (url is not null)
        {
            using var response = await portal.Client.GetAsync(new Uri(url, UriKind.Relative));
            ids.AddRange((await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1));
            url = response.Headers.TryGetValues("Link", out var links) ? new Uri(links.Single().Split('<', '>')[1]).PathAndQuery : null;
            Assert.True(url is null || url.Contains("$skiptoken=", StringComparison.Ordinal), url);
        }

        Assert.Equal(expected, ids.Count);
        Assert.Equal(expected, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("/odata/Funding?$filter=Id eq -1&$format=csv", "Id,ReturnVersionId,ContractId,Quarter,QuarterStart,FinancialYear,PaymentType,Amount,Description")]
    [InlineData("/odata/Contracts?$top=0&$select=Title,TotalValue&$expand=Provider($select=Name)&$format=csv", "Title,TotalValue,Provider/Name")]
    [InlineData("/odata/Funding?$apply=filter(Id eq -1)/groupby((Contract/Sector),aggregate(Amount with sum as Total))&$format=csv", "Contract/Sector,Total")]
    public async Task Csv_OfAnEmptyResult_IsItsHeaderRowAlone(string url, string header)
    {
        using var response = await portal.Client.GetAsync(new Uri(url, UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal([header], lines);
        Assert.False(response.Headers.Contains("Link"));
    }

    [Fact]
    public async Task Csv_ColumnsAndMoney_MatchTheJsonAnswer()
    {
        const string query = "/odata/Funding?$select=Id,Amount,Quarter&$expand=Contract($select=Title)&$orderby=Id&$top=50";
        var json = await portal.GetValuesAsync(query);
        var csv = (await portal.Client.GetStringAsync(new Uri(query + "&$format=csv", UriKind.Relative))).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal("Id,Quarter,Amount,Contract/Title", csv[0]);
        for (var i = 0; i < json.Count; i++)
        {
            var cells = csv[i + 1].Split(',');
            var amount = json[i].GetProperty("Amount").GetDecimal();
            Assert.Equal(json[i].GetProperty("Id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0]);
            Assert.Equal(amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), cells[2]);
        }
    }
}

public sealed class SqliteApiCsvTests(SqliteApiPortal portal) : ApiCsvTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresApiCsvTests(PostgresApiPortal portal) : ApiCsvTests(portal), IClassFixture<PostgresApiPortal>;
