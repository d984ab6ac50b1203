using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Portal;
using Transparency.Web.Domain;
using Transparency.Web.Returns.Standard;

namespace Transparency.Tests.Returns.Wiring;

/// <summary>The browser journey: upload with mistakes, read the report, fix, preview, publish, restate, history.</summary>
public abstract partial class ReturnsPagesTests(TestDatabase database)
{
    [Fact]
    public async Task Journey_UploadFixPublishRestate_ShowsBothVersionsInHistory()
    {
        var quarter = new Quarter(2025, 3);
        var code = quarter.Code.ToString(CultureInfo.InvariantCulture);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        var publisher = await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId);
        using var browser = await publisher.BrowserAsync(factory);
        Assert.Contains("Not started", await PortalBrowser.GetTextAsync(browser, "/provider/returns"), StringComparison.Ordinal);

        var mistaken = InputFormTests.SampleReturn(quarter).Add(ReturnStandard.Funding, new()
        {
            ["contract_reference"] = "C-EMP-1",
            ["payment_type"] = "fee",
            ["amount"] = "twelve pounds",
        });
        using var rejected = await UploadAsync(browser, code, mistaken);
        var report = await rejected.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("govuk-error-summary", report, StringComparison.Ordinal);
        var anchor = SummaryLink().Match(report).Groups[1].Value;
        Assert.Contains("row-5", anchor, StringComparison.Ordinal);
        Assert.Contains($"id=\"{anchor}\"", report, StringComparison.Ordinal);
        Assert.Contains("twelve pounds", report, StringComparison.Ordinal);

        using var accepted = await UploadAsync(browser, code, InputFormTests.SampleReturn(quarter));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var draftPath = accepted.Headers.Location!.OriginalString;
        var preview = await PortalBrowser.GetTextAsync(browser, draftPath);
        Assert.Contains("12,500.00", preview, StringComparison.Ordinal);
        Assert.Contains("Northside Community Trust", preview, StringComparison.Ordinal);

        using var published = await PortalBrowser.PostFormAsync(browser, draftPath, []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal($"/provider/returns/{code}/history", published.Headers.Location!.OriginalString);

        var corrected = InputFormTests.SampleReturn(quarter).Add(ReturnStandard.Funding, new()
        {
            ["contract_reference"] = "C-HOU-2",
            ["payment_type"] = "fee",
            ["amount"] = "10.00",
            ["description"] = "Late invoice",
        });
        using var second = await UploadAsync(browser, code, corrected);
        var secondDraft = second.Headers.Location!.OriginalString;
        using var withoutReason = await PortalBrowser.PostFormAsync(browser, secondDraft, []);
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("href=\"#RestatementReason\"", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var restated = await PortalBrowser.PostFormAsync(browser, secondDraft, [new("RestatementReason", "Added a late invoice")]);
        Assert.Equal(HttpStatusCode.Redirect, restated.StatusCode);

        var history = await PortalBrowser.GetTextAsync(browser, $"/provider/returns/{code}/history");
        Assert.Contains("Version 1", history, StringComparison.Ordinal);
        Assert.Contains("Version 2", history, StringComparison.Ordinal);
        Assert.Contains("Superseded", history, StringComparison.Ordinal);
        Assert.Contains("Added a late invoice", history, StringComparison.Ordinal);
        Assert.Contains("Published version 2", await PortalBrowser.GetTextAsync(browser, "/provider/returns"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_SameBytesTwice_SaysSoAndStoresNothingNew()
    {
        var quarter = new Quarter(2025, 4);
        var code = quarter.Code.ToString(CultureInfo.InvariantCulture);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        var publisher = await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId);
        using var browser = await publisher.BrowserAsync(factory);

        using var first = await UploadAsync(browser, code, InputFormTests.SampleReturn(quarter));
        using var again = await UploadAsync(browser, code, InputFormTests.SampleReturn(quarter));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You have uploaded this exact file", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(await PortalBrowser.GetTextAsync(browser, $"/provider/returns/{code}/history"), "Preview and publish"));
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_IsRefused()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        var publisher = await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId);
        using var browser = await publisher.BrowserAsync(factory);
        using var content = ReturnsPublisher.Multipart(InputFormTests.SampleReturn(new Quarter(2027, 1)).CsvFiles(), "Files", ("Quarter", "20271"));

        using var response = await browser.PostAsync(new Uri("/provider/returns/upload", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task History_AfterPublishing_SaysWhenThePublicSiteShowsTheVersionAndLinksToIt()
    {
        var quarter = new Quarter(2025, 1);
        var code = quarter.Code.ToString(CultureInfo.InvariantCulture);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        var publisher = await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId);
        using var browser = await publisher.BrowserAsync(factory);
        using var accepted = await UploadAsync(browser, code, InputFormTests.SampleReturn(quarter));
        using var published = await PortalBrowser.PostFormAsync(browser, accepted.Headers.Location!.OriginalString, []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        await factory.Services.CatchUpAsync(Transparency.Web.Site.Serving.SiteProjection.ProjectionName);
        var history = await PortalBrowser.GetTextAsync(browser, $"/provider/returns/{code}/history");
        var link = PublicPageLink().Match(history).Groups[1].Value;
        using var site = factory.CreateClient();
        var publicPage = await site.GetStringAsync(new Uri(link, UriKind.Relative));

        Assert.Matches("On the public site since [0-9]{2}:[0-9]{2} on", history);
        Assert.StartsWith("/providers/", link, StringComparison.Ordinal);
        Assert.Contains(quarter.ToString(), publicPage, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string quarterCode, ReturnFiles files)
    {
        var token = PortalBrowser.AntiforgeryToken(await PortalBrowser.GetTextAsync(browser, "/provider/returns/upload"));
        using var content = ReturnsPublisher.Multipart(files.CsvFiles(), "Files", ("Quarter", quarterCode), ("__RequestVerificationToken", token));
        return await browser.PostAsync(new Uri("/provider/returns/upload", UriKind.Relative), content);
    }

    [GeneratedRegex("<a class=\"govuk-link\" href=\"([^\"]+)\">See your returns on the public site</a>")]
    private static partial Regex PublicPageLink();

    [GeneratedRegex("govuk-error-summary__list\">\\s*<li><a href=\"#([^\"]+)\"")]
    private static partial Regex SummaryLink();
}

public sealed class SqliteReturnsPagesTests(SqliteTestDatabase database) : ReturnsPagesTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresReturnsPagesTests(PostgresTestDatabase database) : ReturnsPagesTests(database), IClassFixture<PostgresTestDatabase>;
