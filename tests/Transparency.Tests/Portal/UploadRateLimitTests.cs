using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Transparency.Tests.Accounts;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Returns;
using Transparency.Tests.Returns.Wiring;
using Transparency.Web.Domain;

namespace Transparency.Tests.Portal;

/// <summary>The browser upload page shares the API's upload limit per organisation; a refused post gets a page that says how long to wait.</summary>
public abstract class UploadRateLimitTests(TestDatabase database)
{
    private static readonly Quarter Quarter = new(2025, 2);

    [Fact]
    public async Task UploadPage_PostAfterTheLimit_Answers429PageWithRetryAfter()
    {
        await using var factory = new PortalFactory(database).WithWebHostBuilder(b => b.UseSetting("Accounts:UploadsPerWindow", "2"));
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var browser = PortalBrowser.Create(factory);
        using var signedIn = await PortalBrowser.SignInAsync(browser, fixture.UserA, AccountsFixture.Password);
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.TokenA);

        using var first = await UploadAsync(browser);
        using var apiUpload = ReturnsPublisher.Multipart(InputFormTests.SampleReturn(Quarter).CsvFiles());
        using var second = await api.PostAsync(new Uri($"/api/returns?quarter={Uri.EscapeDataString(Quarter.ToString())}", UriKind.Relative), apiUpload);
        using var third = await UploadAsync(browser);
        var page = await third.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("text/html", third.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1 class=\"govuk-heading-l\">You have tried too many times</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"Wait {(int)third.Headers.RetryAfter!.Delta!.Value.TotalSeconds} seconds, then <a class=\"govuk-link\" href=\"/provider/returns/upload\">try again</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#main-content\" class=\"govuk-skip-link\"", page, StringComparison.Ordinal);
        Assert.Contains("<title>You have tried too many times", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadPage_ShownManyTimes_DoesNotUseTheAllowance()
    {
        await using var factory = new PortalFactory(database).WithWebHostBuilder(b => b.UseSetting("Accounts:UploadsPerWindow", "1"));
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        using var browser = PortalBrowser.Create(factory);
        using var signedIn = await PortalBrowser.SignInAsync(browser, fixture.UserA, AccountsFixture.Password);

        for (var i = 0; i < 3; i++)
        {
            await PortalBrowser.GetTextAsync(browser, "/provider/returns/upload");
        }

        using var upload = await UploadAsync(browser);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
    }

    /// <summary>A return for provider A, which has no contracts: refused with a report (200), but it is a real upload and counts.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser)
    {
        var token = PortalBrowser.AntiforgeryToken(await PortalBrowser.GetTextAsync(browser, "/provider/returns/upload"));
        using var content = ReturnsPublisher.Multipart(InputFormTests.SampleReturn(Quarter).CsvFiles(), "Files",
            ("Quarter", Quarter.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("__RequestVerificationToken", token));
        return await browser.PostAsync(new Uri("/provider/returns/upload", UriKind.Relative), content);
    }
}

public sealed class SqliteUploadRateLimitTests(SqliteTestDatabase database) : UploadRateLimitTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresUploadRateLimitTests(PostgresTestDatabase database) : UploadRateLimitTests(database), IClassFixture<PostgresTestDatabase>;
