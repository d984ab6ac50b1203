using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Api;

/// <summary>
/// OData 4.01 Intermediate conformance, URL form by URL form: every supported form answers in its format with an
/// OData-Version header, and every refused one answers an OData error body with the right status, never HTML or an
/// empty body.
/// </summary>
public abstract class ODataConformanceTests(ApiPortal portal)
{
    public static TheoryData<string, int, string> Forms => new()
    {
        // Supported: entity sets, keys in every form, properties, navigation, counts, references.
        { "/odata", 200, "json" },
        { "/odata/$metadata", 200, "xml" },
        { "/odata/Contracts?$top=2", 200, "json" },
        { "/odata/Contracts(1)", 200, "json" },
        { "/odata/Contracts/1", 200, "json" },
        { "/odata/Contracts(Id=1)", 200, "json" },
        { "/odata/Contracts(1)/Title", 200, "json" },
        { "/odata/Contracts(1)/Title/$value", 200, "text" },
        { "/odata/Contracts(1)/TotalValue/$value", 200, "text" },
        { "/odata/Contracts(1)/Ocid", 204, "none" },
        { "/odata/Contracts(1)/Provider", 200, "json" },
        { "/odata/Contracts(1)/Provider?$select=Name", 200, "json" },
        { "/odata/Contracts(1)/Kpis?$filter=Kind eq 'Outcome'&$select=Id,Name&$orderby=Name", 200, "json" },
        { "/odata/Contracts/1/Kpis?$top=1", 200, "json" },
        { "/odata/Contracts(1)/Kpis/$count", 200, "text" },
        { "/odata/Contracts(1)/Kpis(1)", 200, "json" },
        { "/odata/Contracts(1)/Kpis/$ref", 200, "json" },
        { "/odata/Contracts(1)/Provider/$ref", 200, "json" },
        { "/odata/Contracts(1)/Provider/ContractsAsProvider/$count", 200, "text" },
        { "/odata/Organisations(1)/ParentGroup", 204, "none" },
        { "/odata/Contracts/Transparency.Contract?$top=1", 200, "json" },
        { "/odata/Contracts/$count", 200, "text" },
        { "/odata/KpiMix(Level='sector',Key='Health')", 200, "json" },
        { "/odata/KpiMix(Level='sector',Key='Health')/OutcomeShare", 200, "json" },
        { "/odata/Contracts?$filter=Sector has Transparency.Sector'Justice'&$count=true&$top=0", 200, "json" },
        { "/odata/Contracts?$filter=EndDate lt date(now())&$top=1", 200, "json" },
        { "/odata/Contracts?$compute=year(StartDate) as Year&$select=Id,Year&$top=2", 200, "json" },
        { "/odata/Funding?$apply=groupby((Contract/Sector),aggregate(Amount with sum as Total))/topcount(3,Total)", 200, "json" },
        { "/odata/Funding?$apply=compute(year(QuarterStart) as Year)/groupby((Year),aggregate(Amount with sum as Total))", 200, "json" },
        { "/odata/Funding?$filter=Id eq -1&$format=csv", 200, "csv" },
        { "/odata/Contracts?$top=0&$format=csv", 200, "csv" },
        { "/odata/Contracts(1)?$format=csv", 200, "csv" },
        { "/odata/$metadata?$format=json", 200, "json" },

        // Refused: unknown resources, malformed paths, features not offered, formats not available, writes.
        { "/odata/Nope", 404, "error" },
        { "/odata/Contracts(999999)", 404, "error" },
        { "/odata/Contracts(999999)/Provider", 404, "error" },
        { "/odata/Contracts(1)/Kpis(999999)", 404, "error" },
        { "/odata/Contracts(1)/Nope", 404, "error" },
        { "/odata/Contracts(1)/Title/Nope", 404, "error" },
        { "/odata/Contracts(abc)", 400, "error" },
        { "/odata/Contracts('x')", 400, "error" },
        { "/odata/KpiMix('x')", 400, "error" },
        { "/odata/FundingMixFor(period='all')/$count", 400, "error" },
        { "/odata/Funding?$filter=Amount eq", 400, "error" },
        { "/odata/Contracts?$compute=TotalValue mul 2 as Double", 400, "error" },
        { "/odata/$all", 501, "error" },
        { "/odata/$crossjoin(Contracts,Funding)", 501, "error" },
        { "/odata/Contracts?$expand=Kpis/$count", 501, "error" },
        { "/odata/Funding?$apply=concat(groupby((Quarter)),groupby((PaymentType)))", 501, "error" },
        { "/odata/Funding?$apply=top(2)/groupby((Quarter))", 501, "error" },
        { "/odata/Contracts?$format=xml", 406, "error" },
        { "/odata/$metadata?$format=csv", 406, "error" },
        { "/odata/$batch", 405, "error" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task UrlForm_AnswersItsFormatOrAnODataError(string url, int status, string kind)
    {
        using var response = await portal.Client.GetAsync(new Uri(url, UriKind.Relative));
        await AssertAnswerAsync(response, url, status, kind);
    }

    [Theory]
    [InlineData("Accept", "application/xml", 406)]
    [InlineData("Accept", "text/html", 406)]
    [InlineData("OData-MaxVersion", "3.0", 406)]
    [InlineData("OData-MaxVersion", "four", 400)]
    [InlineData("OData-Version", "5.0", 400)]
    public async Task Headers_TheServiceCannotHonour_AreRefusedWithAnODataError(string header, string value, int status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/Contracts?$top=1", UriKind.Relative));
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await portal.Client.SendAsync(request);
        await AssertAnswerAsync(response, $"{header}: {value}", status, "error");
    }

    [Theory]
    [InlineData("application/json", "json")]
    [InlineData("application/xml", "xml")]
    [InlineData("application/json;q=0.5, application/xml", "xml")]
    public async Task Metadata_ByAccept_IsCsdlJsonOrXml(string accept, string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/$metadata", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await portal.Client.SendAsync(request);
        await AssertAnswerAsync(response, accept, 200, kind);
    }

    [Fact]
    public async Task Browsers_AcceptHeader_GetsJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/Contracts?$top=1", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await portal.Client.SendAsync(request);
        await AssertAnswerAsync(response, "browser", 200, "json");
    }

    [Theory]
    [InlineData("POST", "/odata/Contracts")]
    [InlineData("PATCH", "/odata/Contracts(1)")]
    [InlineData("DELETE", "/odata/Contracts(1)")]
    [InlineData("PUT", "/odata/Nope(1)")]
    public async Task Writes_AreRefusedWith405AndAnODataError(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        using var response = await portal.Client.SendAsync(request);
        await AssertAnswerAsync(response, $"{method} {url}", 405, "error");
    }

    [Fact]
    public async Task Head_IsRefusedWith405_NotTheSitesPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/odata/Contracts", UriKind.Relative));
        using var response = await portal.Client.SendAsync(request);

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("GET", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task NestedNextLink_WhenFollowed_GivesTheRestOfTheExpandedRows()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/Contracts?$top=1&$orderby=Id&$select=Id&$expand=KpiResults($select=Id)", UriKind.Relative));
        request.Headers.Add("Prefer", "odata.maxpagesize=3");
        using var response = await portal.Client.SendAsync(request);
        var first = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("value")[0];
        var id = first.GetProperty("Id").GetInt32();
        var all = await portal.GetJsonAsync($"/odata/KpiResults?$filter=ContractId eq {id}&$count=true&$top=0");
        var seen = first.GetProperty("KpiResults").EnumerateArray().Select(r => r.GetProperty("Id").GetInt64()).ToList();
        var next = first.TryGetProperty("KpiResults@odata.nextLink", out var link) ? link.GetString() : null;
        Assert.NotNull(next);
        while (next is not null)
        {
            var page = await portal.GetJsonAsync(new Uri(next).PathAndQuery);
            seen.AddRange(page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("Id").GetInt64()));
            next = page.TryGetProperty("@odata.nextLink", out var more) ? more.GetString() : null;
        }

        Assert.Equal(all.GetProperty("@odata.count").GetInt32(), seen.Distinct().Count());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task FullMetadata_NavigationLinks_AllAnswer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/Contracts?$top=1", UriKind.Relative));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json;odata.metadata=full"));
        using var response = await portal.Client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var links = body.GetProperty("value")[0].EnumerateObject().Where(p => p.Name.EndsWith("@odata.navigationLink", StringComparison.Ordinal)).Select(p => p.Value.GetString()!).ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var url = Uri.IsWellFormedUriString(link, UriKind.Absolute) ? new Uri(link).PathAndQuery : "/odata/" + link;
            using var answer = await portal.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(answer.StatusCode is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.NoContent, $"{url} answered {(int)answer.StatusCode}");
        }
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("multipart/mixed")]
    public async Task Batch_RunsReadsAndRefusesWrites(string format)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/odata/$batch", UriKind.Relative))
        {
            Content = format == "application/json" ? JsonBatch() : MultipartBatch(),
        };
        using var response = await portal.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        if (format == "application/json")
        {
            var responses = JsonDocument.Parse(text).RootElement.GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
            Assert.Equal(200, responses["1"].GetProperty("status").GetInt32());
            Assert.Equal(1, responses["1"].GetProperty("body").GetProperty("Id").GetInt32());
            Assert.Equal(200, responses["2"].GetProperty("status").GetInt32());
            Assert.Equal(405, responses["3"].GetProperty("status").GetInt32());
            Assert.Equal("MethodNotAllowed", responses["3"].GetProperty("body").GetProperty("error").GetProperty("code").GetString());
            Assert.Equal(404, responses["4"].GetProperty("status").GetInt32());
        }
        else
        {
            Assert.Contains("HTTP/1.1 200 OK", text, StringComparison.Ordinal);
            Assert.Contains("\"Id\":2", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Batch_OverTheLimit_IsRefused()
    {
        var requests = Enumerable.Range(1, 51).Select(i => new { id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), method = "GET", url = "Contracts/$count" });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/odata/$batch", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { requests }), Encoding.UTF8, "application/json"),
        };
        using var response = await portal.Client.SendAsync(request);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("50", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static async Task AssertAnswerAsync(HttpResponseMessage response, string what, int status, string kind)
    {
        var text = await response.Content.ReadAsStringAsync();
        var type = response.Content.Headers.ContentType?.MediaType;
        Assert.True(status == (int)response.StatusCode, $"{what} answered {(int)response.StatusCode} ({type}): {text}");
        Assert.NotEqual("text/html", type);
        Assert.True(response.Headers.Contains("OData-Version") || kind == "none", $"{what} has no OData-Version header");
        switch (kind)
        {
            case "json":
                Assert.Equal("application/json", type);
                Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(text).RootElement.ValueKind);
                break;
            case "xml":
                Assert.Equal("application/xml", type);
                Assert.StartsWith("<?xml", text, StringComparison.Ordinal);
                break;
            case "text":
                Assert.Equal("text/plain", type);
                Assert.NotEmpty(text);
                break;
            case "csv":
                Assert.Equal("text/csv", type);
                Assert.Contains("Id", text.Split('\n')[0], StringComparison.Ordinal);
                break;
            case "none":
                Assert.Empty(text);
                break;
            case "error":
                Assert.Equal("application/json", type);
                var error = JsonDocument.Parse(text).RootElement.GetProperty("error");
                Assert.False(string.IsNullOrEmpty(error.GetProperty("code").GetString()), text);
                Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()), text);
                break;
        }
    }

    private static StringContent JsonBatch() => new(
        """
        {"requests":[
          {"id":"1","method":"GET","url":"Contracts(1)?$select=Id,Title"},
          {"id":"2","method":"GET","url":"Contracts(1)/Kpis/$count"},
          {"id":"3","method":"DELETE","url":"Contracts(1)"},
          {"id":"4","method":"GET","url":"Nope"}]}
        """,
        Encoding.UTF8,
        "application/json");

    private static StringContent MultipartBatch()
    {
        var content = new StringContent(
            "--b1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET Contracts(2)?$select=Id HTTP/1.1\r\nAccept: application/json\r\n\r\n\r\n--b1--\r\n",
            Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/mixed; boundary=b1");
        return content;
    }
}

public sealed class SqliteODataConformanceTests(SqliteApiPortal portal) : ODataConformanceTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresODataConformanceTests(PostgresApiPortal portal) : ODataConformanceTests(portal), IClassFixture<PostgresApiPortal>;
