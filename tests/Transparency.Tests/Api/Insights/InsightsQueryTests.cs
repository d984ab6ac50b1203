using System.Net;
using System.Text.Json;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Vocabularies.V1;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Insights;
using Transparency.Web.Insights.Outcomes;
using Transparency.Web.Insights.Timeliness;
using static Transparency.Tests.Insights.InsightsWorld;

namespace Transparency.Tests.Api.Insights;

/// <summary>Query options, paging, CSV, errors and the model on the insight sets and functions.</summary>
public abstract class InsightsQueryTests(InsightsApiPortal portal)
{
    [Fact]
    public async Task Csv_OfAnEmptyInsightSet_IsItsHeaderLineAlone()
    {
        using var response = await portal.Client.GetAsync(new Uri("/odata/PerformanceNoticeCoverage?$format=csv", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["CommissionerIdentifier", "ContractReference", "NoRecentNotice", "TooFewKpis"], lines.Single().Split(',').Where(c => c is "CommissionerIdentifier" or "ContractReference" or "NoRecentNotice" or "TooFewKpis").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FilterOrderByTopAndCount_OnFundingMix_RunInTheDatabase()
    {
        await using var scope = portal.Scope();
        var expected = (await scope.ServiceProvider.GetRequiredService<OutcomeInsights>().FundingMixByProvider(InsightsPeriod.FinancialYear(2025)).ToListAsync())
            .Where(r => r.GrossPence > 5_000_000).OrderByDescending(r => r.OutcomePaymentShare).ThenBy(r => r.Key).ToList();
        portal.Sql.Clear();

        using var document = JsonDocument.Parse(await portal.Client.GetStringAsync(new Uri(
            "/odata/FundingMixFor(period='2025-26')?$filter=Level eq 'provider' and Gross gt 50000&$orderby=OutcomePaymentShare desc,Key&$top=2&$count=true&$select=Key,Gross,OutcomePaymentShare",
            UriKind.Relative)));
        var body = document.RootElement;
        var rows = body.GetProperty("value").EnumerateArray().ToList();

        Assert.True(expected.Count >= 2);
        Assert.Equal(expected.Count, body.GetProperty("@odata.count").GetInt32());
        Assert.Equal(expected.Take(2).Select(r => ((string?)r.Key, r.GrossPence / 100m)), rows.Select(r => (r.GetProperty("Key").GetString(), r.GetProperty("Gross").GetDecimal())));
        Assert.Equal(3, rows[0].EnumerateObject().Count());

        // The filter, the order and the limit are all in the SQL: nothing was left for the application to do. The
        // level is pinned, so only the provider level's query is built (no UNION ALL of the other levels).
        var sql = Assert.Single(portal.Sql, s => s.Contains("ORDER BY", StringComparison.Ordinal) && s.Contains("LIMIT", StringComparison.Ordinal));
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("UNION ALL", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerPaging_OnReturnTimeliness_FollowsNextLinksToEveryRow()
    {
        await using var scope = portal.Scope();
        var service = scope.ServiceProvider.GetRequiredService<TimelinessInsights>();
        var expected = await service.Returns(await service.ScheduleAsync(AsOf)).CountAsync();
        var seen = new List<string>();

        var url = "/odata/ReturnTimeliness?$orderby=Quarter desc&$select=ProviderId,Quarter";
        while (url is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.RelativeOrAbsolute));
            request.Headers.Add("Prefer", "odata.maxpagesize=3");
            using var response = await portal.Client.SendAsync(request);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var values = page.RootElement.GetProperty("value").EnumerateArray().ToList();
            Assert.InRange(values.Count, 1, 3);
            seen.AddRange(values.Select(v => $"{v.GetProperty("Quarter").GetString()} {v.GetProperty("ProviderId").GetInt32()}"));
            url = page.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }

        Assert.True(expected > 3);
        Assert.Equal(expected, seen.Distinct().Count());
        Assert.Equal(seen.OrderByDescending(s => s[..10], StringComparer.Ordinal), seen.Select(s => s), StringComparer.Ordinal);
    }

    [Fact]
    public async Task Count_OnAnInsightSet_AnswersTheNumberOfRows()
    {
        var rows = await portal.GetValuesAsync("/odata/KpiMix?$filter=Level eq 'contract'");

        var count = await portal.Client.GetStringAsync(new Uri("/odata/KpiMix/$count?$filter=Level eq 'contract'", UriKind.Relative));

        Assert.Equal(rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), count.TrimStart('\uFEFF'));
    }

    [Theory]
    [InlineData("/odata/FundingMixFor(period='2025')", "not a period")]
    [InlineData("/odata/ConcentrationFor(period='2025-27')", "not a period")]
    [InlineData("/odata/KpiMix?$filter=Kpis gt 'many'", "")]
    [InlineData("/odata/KpiMix?$search=care", "")]
    [InlineData("/odata/FundingMix?$expand=Contract", "")]
    [InlineData("/odata/Concentration?$filter=Hhi mul 2 gt 100", "Arithmetic")]
    public async Task BadParameterOrQuery_Answers400WithAnODataError(string url, string message)
    {
        var (status, body) = await portal.GetErrorAsync(url);

        Assert.Equal(400, status);
        var error = body.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("code").GetString()));
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> Sets => new()
    {
        "TimelinessByQuarter", "TimelinessByProvider", "ReturnTimeliness", "DataQuality", "KpiMix", "FundingMix", "RatingDistribution",
        "PersistentUnderperformance", "YearOnYear", "MarketShares", "Concentration", "GroupReach", "Subcontracting", "SubcontractingChains",
        "CohortGaps", "RegionalVariation",
    };

    // PerformanceNoticeCoverage is judged as of today, when no demonstration contract runs: its rows are tested on
    // fixtures of their own (PerformanceNotices tests); here its CSV must still answer with the JSON's columns.

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Csv_ForEveryInsightSet_HasTheJsonColumnsAndOneLinePerRow(string set)
    {
        var json = await portal.GetValuesAsync($"/odata/{set}?$top=3");

        using var response = await portal.Client.GetAsync(new Uri($"/odata/{set}?$format=csv&$top=3", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(json);
        Assert.Equal(json[0].EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), lines[0].Split(',').Order(StringComparer.Ordinal));
        Assert.Equal(json.Count + 1, lines.Length);
    }

    [Fact]
    public async Task Csv_OnAFunction_HasAHeaderAndPounds()
    {
        using var response = await portal.Client.GetAsync(new Uri("/odata/SubcontractingFor(period='2025-26 Q1')?$format=csv&$orderby=ProviderId", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("ProviderId,ProviderIdentifier,ProviderName,Funding,Subcontracted,", lines[0], StringComparison.Ordinal);
        var alpha = lines.Single(l => l.Contains(AlphaEmployment, StringComparison.Ordinal)).Split(',');
        Assert.Equal((80_000m, 20_000m, 25m), (Pounds(alpha[3]), Pounds(alpha[4]), Pounds(alpha[5])));
    }

    [Fact]
    public async Task Metadata_InsightSetsFunctionsAndParameters_CarryDescriptions()
    {
        using var stream = await portal.Client.GetStreamAsync(new Uri("/odata/$metadata", UriKind.Relative));
        using var reader = XmlReader.Create(stream);
        var model = CsdlReader.Parse(reader);

        var imports = model.EntityContainer.OperationImports().ToList();
        Assert.Equal(6, imports.Count);
        foreach (var import in imports)
        {
            Assert.False(string.IsNullOrEmpty(model.GetDescriptionAnnotation(import)), import.Name);
            var parameter = Assert.Single(import.Operation.Parameters);
            Assert.Equal("period", parameter.Name);
            Assert.False(string.IsNullOrEmpty(model.GetDescriptionAnnotation(parameter)), import.Name);
            Assert.True(import.TryGetStaticEntitySet(model, out var set));
            Assert.Equal(import.Name[..^"For".Length], set.Name);
        }

        var share = model.SchemaElements.OfType<IEdmEntityType>().Single(t => t.Name == "FundingMix").FindProperty("OutcomePaymentShare");
        Assert.Equal(2, ((IEdmDecimalTypeReference)share.Type).Scale);
        Assert.Contains(model.EntityContainer.EntitySets(), s => s.Name == "RegionalVariation");
    }

    private static decimal Pounds(string cell) => decimal.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class SqliteInsightsQueryTests(SqliteInsightsApiPortal portal) : InsightsQueryTests(portal), IClassFixture<SqliteInsightsApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresInsightsQueryTests(PostgresInsightsApiPortal portal) : InsightsQueryTests(portal), IClassFixture<PostgresInsightsApiPortal>;
