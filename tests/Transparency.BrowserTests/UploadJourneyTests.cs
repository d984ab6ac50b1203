using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Transparency.Web.Accounts;
using Transparency.Web.Data;
using Transparency.Web.Domain;
using Transparency.Web.OcdsImport;
using Transparency.Web.Site.Model;

namespace Transparency.BrowserTests;

/// <summary>
/// Issue 3's "done when", in a real browser against the running portal: the demo provider signs in, downloads the
/// workbook, uploads a file with mistakes, is taken to the error summary, follows each link to its problem, fixes
/// the file, previews, publishes and restates; both versions are in the history and on the public site. Every
/// portal page on the way (and the admin pages) is checked with axe and the Nu HTML Checker.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class UploadJourneyTests(BuiltSite site, PortalServer portal)
{
    [Fact]
    public async Task UploadJourney_MistakesFixedPublishedAndRestated_ShowsBothVersionsAndPassesChecks()
    {
        var context = await site.NewContextAsync(new() { AcceptDownloads = true, IgnoreHTTPSErrors = true });

        // On a 2-core CI machine this portal builds its public site while the other test project runs beside it:
        // a page can take longer than Playwright's default 30 s to finish loading without anything being wrong.
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        var checks = new PortalPageChecks(page);

        await checks.GotoAsync("01-sign-in", portal.Url("/account/sign-in"));
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not the password");
        await checks.AfterAsync("01-sign-in-with-error", () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync());
        await page.WaitForFunctionAsync("document.activeElement?.classList.contains('govuk-error-summary')");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await checks.AfterAsync("02-provider", () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync());
        Assert.Equal("/provider", new Uri(page.Url).AbsolutePath);

        await checks.GotoAsync("03-returns", portal.Url("/provider/returns"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Spreadsheet workbook (.xlsx)" }).ClickAsync());
        var workbook = Path.Combine(Path.GetDirectoryName(BuiltSite.Screenshots)!, "return.xlsx");
        await download.SaveAsAsync(workbook);
        AssertIsTheWorkbook(workbook);

        await checks.AfterAsync("04-upload", () => page.GetByRole(AriaRole.Button, new() { Name = "Upload a return" }).ClickAsync());
        var offered = await page.Locator("#Quarter option").EvaluateAllAsync<int[]>("options => options.map(o => Number(o.value))");
        var (quarter, contracts) = await OpenQuarterAsync(offered);
        var label = quarter.ToString();
        var (first, second) = (contracts[0], contracts[^1]);

        await page.SelectOptionAsync("#Quarter", quarter.Code.ToString(CultureInfo.InvariantCulture));
        await page.SetInputFilesAsync("#Files", [
            ReturnCsv.Funding(label, (first.Reference, "12,500.00"), (second.Reference, "about 300")),
            ReturnCsv.KpiResults(label, (first.Reference, first.Kpi, "41"), (first.Reference, "K99", "50")),
        ]);
        await checks.AfterAsync("05-report-with-errors", () => page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync());
        await AssertErrorSummaryLeadsToEachProblemAsync(page);

        await page.SetInputFilesAsync("#Files", [
            ReturnCsv.Funding(label, (first.Reference, "12,500.00"), (second.Reference, "300")),
            ReturnCsv.KpiResults(label, (first.Reference, first.Kpi, "41")),
        ]);
        await checks.AfterAsync("06-preview", () => page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync());
        Assert.StartsWith("/provider/returns/drafts/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("£12,500.00", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await checks.AfterAsync("07-history", () => page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync());
        Assert.Equal($"/provider/returns/{quarter.Code}/history", new Uri(page.Url).AbsolutePath);
        Assert.Equal(["Version 1 Published"], await VersionsAsync(page));

        await page.GotoAsync(portal.Url($"/provider/returns/upload?quarter={quarter.Code}"));
        await page.SetInputFilesAsync("#Files", [
            ReturnCsv.Funding(label, (first.Reference, "12,750.00"), (second.Reference, "300")),
            ReturnCsv.KpiResults(label, (first.Reference, first.Kpi, "41")),
        ]);
        await checks.AfterAsync("08-restate", () => page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync());
        await checks.AfterAsync("09-restate-without-reason", () => page.GetByRole(AriaRole.Button, new() { Name = "Publish the restatement" }).ClickAsync());
        await page.WaitForFunctionAsync("document.activeElement?.classList.contains('govuk-error-summary')");
        const string reason = "Corrected the service fee for the first contract";
        await page.GetByLabel("Why are you restating this quarter?").FillAsync(reason);
        await checks.AfterAsync("10-history-restated", () => page.GetByRole(AriaRole.Button, new() { Name = "Publish the restatement" }).ClickAsync());
        Assert.Equal(["Version 2 Published", "Version 1 Superseded"], await VersionsAsync(page));
        Assert.Contains(reason, await page.Locator("main table").InnerTextAsync(), StringComparison.Ordinal);

        await checks.GotoAsync("11-admin-access-denied", portal.Url("/admin"), 403);
        await page.GotoAsync(portal.Url($"/provider/returns/upload?quarter={quarter.Code}"));
        await page.SetInputFilesAsync("#Files", [ReturnCsv.Funding(label, (first.Reference, "1.00"))]);
        await checks.AfterAsync("11-upload-too-often", () => page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync(), 429);
        Assert.Equal("You have tried too many times", (await page.Locator("h1").InnerTextAsync()).Trim());

        var identifier = await ProviderIdentifierAsync();
        await page.GotoAsync(portal.Url(SiteUrls.ProviderReturns(identifier)));
        Assert.Contains($"Reason given: {reason}", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await PortalPageChecks.Screenshot(page, "12-public-site-restated");
        await checks.GotoAsync("12-error-page", portal.Url("/provider/returns/drafts/999999999"), 404);
        Assert.Equal("Page not found", (await page.Locator("h1").InnerTextAsync()).Trim());

        // Swagger UI runs under its own policy (README, "Security headers"): it must render without a violation too.
        await page.GotoAsync(portal.Url("/swagger/index.html"));
        await page.Locator(".swagger-ui .information-container").WaitForAsync();
        await PortalPageChecks.Screenshot(page, "12-swagger");

        await checks.AfterAsync("13-sign-out", () => page.GotoAsync(portal.Url("/account/sign-out")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync(portal.Url("/account/sign-in"));
        await page.GetByLabel("Email address").FillAsync(PortalServer.AdministratorEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalServer.AdministratorPassword);
        await checks.AfterAsync("admin", () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync());
        foreach (var path in AdminPages(quarter))
        {
            await checks.GotoAsync("admin" + path.Split('?')[0].Replace('/', '-'), portal.Url(path));
        }

        var flagged = await FlagForReviewAsync();
        await checks.GotoAsync("admin-review-flagged", portal.Url("/admin/review"));
        await checks.AfterAsync("admin-review-cleared", () => page.GetByRole(AriaRole.Button, new() { Name = $"Clear the flag on {flagged}" }).ClickAsync());
        Assert.Contains("was cleared", await page.Locator(".govuk-notification-banner").InnerTextAsync(), StringComparison.Ordinal);

        await context.CloseAsync();
        site.Csp.AssertNone();
        await checks.AssertAccessibleAndValidAsync();
    }

    private static IEnumerable<string> AdminPages(Quarter quarter) =>
    [
        "/admin/users", "/admin/users/new", "/admin/tokens", "/admin/tokens/new", "/admin/register/organisations", "/admin/register/contracts",
        "/admin/register/kpis", "/admin/import", "/admin/deadline", $"/admin/timeliness?quarter={quarter.Code}", $"/admin/returns?quarter={quarter.Code}",
        "/admin/audit", "/admin/review", "/account", "/account/change-password",
    ];

    /// <summary>Focus lands on the summary; each link moves focus to the table row it names, and that row says where and how to fix it.</summary>
    private static async Task AssertErrorSummaryLeadsToEachProblemAsync(IPage page)
    {
        await page.WaitForFunctionAsync("document.activeElement?.classList.contains('govuk-error-summary')");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.classList.contains('govuk-error-summary')"));
        await PortalPageChecks.Screenshot(page, "05-report-focus-on-summary");

        var links = page.Locator(".govuk-error-summary__list a");
        Assert.Equal(2, await links.CountAsync());
        var rows = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var target = (await links.Nth(i).GetAttributeAsync("href"))!.TrimStart('#');
            var message = (await links.Nth(i).InnerTextAsync()).Trim();
            await links.Nth(i).ClickAsync();
            Assert.Equal(target, await page.EvaluateAsync<string>("document.activeElement.id"));
            var row = (await page.Locator($"[id='{target}']").InnerTextAsync()).Trim();
            Assert.Contains(message, row, StringComparison.Ordinal);
            rows.Add(row);
            await PortalPageChecks.Screenshot(page, $"05-report-problem-{i + 1}");
        }

        Assert.Contains(rows, r => r.Contains("funding", StringComparison.Ordinal) && r.Contains("amount", StringComparison.Ordinal) && r.Contains("about 300", StringComparison.Ordinal) && r.Contains("row 3", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("kpi-results", StringComparison.Ordinal) && r.Contains("kpi_code", StringComparison.Ordinal) && r.Contains("K99", StringComparison.Ordinal));
    }

    private static async Task<List<string>> VersionsAsync(IPage page) =>
        [.. (await page.Locator("main table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.cells[0].innerText.trim() + ' ' + r.cells[1].innerText.trim())"))];

    private static void AssertIsTheWorkbook(string path)
    {
        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        }

        using var document = SpreadsheetDocument.Open(path, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Subset(sheets.ToHashSet(), new HashSet<string?> { "funding", "kpi-results", "subcontracts", "satisfaction" });
    }

    /// <summary>The newest quarter the upload page offers in which the demo provider has no return yet and has contracts with KPIs.</summary>
    private async Task<(Quarter Quarter, List<(string Reference, string Kpi)> Contracts)> OpenQuarterAsync(int[] offered)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        var provider = await db.Users.Where(u => u.Email == DemoAccounts.Email).Select(u => u.OrganisationId).SingleAsync();
        foreach (var quarter in offered.Select(Quarter.FromCode).OrderByDescending(q => q.Code))
        {
            var contracts = (await db.Contracts.AsNoTracking().Where(c => c.ProviderId == provider).Include(c => c.Kpis).ToListAsync())
                .Where(c => c.IsActiveIn(quarter) && c.Kpis.Count > 0).OrderBy(c => c.Reference, StringComparer.Ordinal)
                .Select(c => (c.Reference, c.Kpis.OrderBy(k => k.Code, StringComparer.Ordinal).First().Code)).ToList();
            if (contracts.Count >= 2 && !await db.Returns.AnyAsync(r => r.ProviderId == provider && r.QuarterCode == quarter.Code))
            {
                return (quarter, contracts);
            }
        }

        throw new InvalidOperationException("The demonstration data has no open quarter for the demo provider among those offered.");
    }

    /// <summary>An organisation as import-ocds leaves a supplier that had no identifier; returns the name and identifier the page shows.</summary>
    private async Task<string> FlagForReviewAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        const string name = "Journey Supplies Ltd";
        var identifier = OcdsOrganisations.LocalIdentifier(name);
        db.Organisations.Add(new Organisation
        {
            Identifier = identifier,
            Name = name,
            LegalForm = LegalForm.Company,
            ReviewNote = $"Imported from OCDS ocds-journey-1 without an organisation identifier; {identifier} was made from the name.",
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return $"{name} ({identifier})";
    }

    private async Task<string> ProviderIdentifierAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
        var provider = await db.Users.Where(u => u.Email == DemoAccounts.Email).Select(u => u.OrganisationId).SingleAsync();
        return await db.Organisations.Where(o => o.Id == provider).Select(o => o.Identifier).SingleAsync();
    }
}
