using System.Net;
using Microsoft.AspNetCore.Hosting;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Api;

/// <summary>Heavy, malformed or unsupported queries get a clear OData error, never a wrong answer.</summary>
public abstract class ODataLimitsTests(ApiPortal portal)
{
    [Theory]
    [InlineData("/odata/Funding?$top=1001", 400, "The limit of '1000' for Top query has been exceeded")]
    [InlineData("/odata/Funding?$skip=100001", 400, "The limit of '100000' for Skip query has been exceeded")]
    [InlineData("/odata/Organisations?$expand=ContractsAsProvider($expand=Funding($expand=ReturnVersion($expand=Provider)))", 400, "The maximum depth allowed is 3")]
    [InlineData("/odata/Contracts?$filter=Funding/any(f: f/Contract/Funding/any(g: g/Contract/Kpis/any(k: k/Target gt 1)))", 400, "The Any/All nesting limit of '2' has been exceeded")]
    [InlineData("/odata/Funding?$filter=Amount mul 2 gt 5", 400, "Arithmetic on Amount is not supported")]
    [InlineData("/odata/Funding?$filter=Amount gt ContractId", 400, "Amount can only be compared with a value or with another amount of money")]
    [InlineData("/odata/Funding?$filter=round(Amount) eq 5", 400, "The function round() cannot be used on Amount")]
    [InlineData("/odata/Funding?$filter=contains(Quarter,'2025')", 400, "The function contains() cannot be used on Quarter")]
    [InlineData("/odata/Funding?$filter=Quarter eq '2025 Q2'", 400, "'2025 Q2' is not a quarter. Enter the financial year and quarter, like 2025-26 Q2.")]
    [InlineData("/odata/Funding?$filter=Amount eq 1.234", 400, "£1.234 has more than two decimal places")]
    [InlineData("/odata/Funding?$filter=Amount eq", 400, "The query specified in the URI is not valid")]
    [InlineData("/odata/Funding?$compute=Amount mul 2 as Double", 400, "Arithmetic on Amount is not supported")]
    [InlineData("/odata/Contracts(999999)", 404, "Nothing has that key")]
    public async Task Query_OutsideTheLimits_AnswersAnODataError(string url, int status, string message)
    {
        var (actual, body, response) = await portal.GetErrorAsync(url);
        using (response)
        {
            var error = body.GetProperty("error");
            Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(error.GetProperty("code").GetString()));
            Assert.False(error.TryGetProperty("innererror", out _));
            Assert.Equal("4.0", response.Headers.GetValues("OData-Version").Single());
            Assert.Equal(status, actual);
        }
    }

    [Fact]
    public async Task NestedTopInNestedExpand_RunsOrAnswers501_NeverFails()
    {
        // It needs SQL APPLY (LATERAL), which PostgreSQL has and SQLite does not.
        var (actual, body, response) = await portal.GetErrorAsync("/odata/Organisations?$top=2&$expand=ContractsAsProvider($top=1;$expand=Kpis($top=1))");
        using (response)
        {
            if (portal.Database.Provider == "Sqlite")
            {
                Assert.Equal(501, actual);
                Assert.Contains("cannot be run by the database", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(200, actual);
                Assert.Equal(2, body.GetProperty("value").GetArrayLength());
            }
        }
    }

    [Fact]
    public async Task Cors_IsOpenForReads()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/ParentGroups?$top=1", UriKind.Relative));
        request.Headers.Add("Origin", "https://newsroom.example");

        using var response = await portal.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task RateLimit_WhenExceeded_Answers429WithRetryAfter()
    {
        using var limited = portal.Factory.WithWebHostBuilder(builder => builder.UseSetting("Api:RequestsPerWindow", "3").UseSetting("Api:WindowSeconds", "120"));
        using var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            last = await client.GetAsync(new Uri("/odata/ParentGroups?$top=1", UriKind.Relative));
            statuses.Add(last.StatusCode);
        }

        using (last)
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
            Assert.InRange(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 120);
            Assert.Contains("Try again in", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteODataLimitsTests(SqliteApiPortal portal) : ODataLimitsTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresODataLimitsTests(PostgresApiPortal portal) : ODataLimitsTests(portal), IClassFixture<PostgresApiPortal>;
