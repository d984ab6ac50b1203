using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Accounts;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Portal;

public abstract class PortalPagesTests(TestDatabase database)
{
    private static int Count;

    [Theory]
    [InlineData("/admin", "<h1 class=\"govuk-heading-l\">Administration</h1>")]
    [InlineData("/admin/users", "<h1 class=\"govuk-heading-l\">Users</h1>")]
    [InlineData("/admin/users/new", "<h1 class=\"govuk-heading-l\">Create a provider user</h1>")]
    [InlineData("/admin/tokens", "<h1 class=\"govuk-heading-l\">API tokens</h1>")]
    [InlineData("/admin/tokens/new", "<h1 class=\"govuk-heading-l\">Create an API token</h1>")]
    [InlineData("/admin/register/organisations", "<h1 class=\"govuk-heading-l\">Register an organisation</h1>")]
    [InlineData("/admin/register/contracts", "<h1 class=\"govuk-heading-l\">Register a contract</h1>")]
    [InlineData("/admin/register/kpis", "<h1 class=\"govuk-heading-l\">Register a KPI definition</h1>")]
    [InlineData("/admin/import", "<h1 class=\"govuk-heading-l\">Import from a CSV file</h1>")]
    [InlineData("/admin/deadline", "<h1 class=\"govuk-heading-l\">Deadline for returns</h1>")]
    [InlineData("/admin/timeliness?quarter=2024-25+Q1", "<h2 class=\"govuk-heading-m\">2024-25 Q1</h2>")]
    [InlineData("/account", "<h1 class=\"govuk-heading-l\">Your account</h1>")]
    [InlineData("/account/change-password", "<h1 class=\"govuk-heading-l\">Change your password</h1>")]
    public async Task AdminPage_ForAnAdministrator_RendersWithLayout(string path, string heading)
    {
        await using var factory = new PortalFactory(database);
        using var client = await AdministratorAsync(factory);

        var page = await PortalBrowser.GetTextAsync(client, path);

        Assert.Contains(heading, page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#main-content\" class=\"govuk-skip-link\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-service-navigation__link\">Transparency</a>", page, StringComparison.Ordinal);
        Assert.Contains("<main class=\"govuk-main-wrapper\" id=\"main-content\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("crown", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RegisterOrganisationForm_WithMistakes_ShowsTheErrorSummaryAndSavesNothing()
    {
        await using var factory = new PortalFactory(database);
        using var client = await AdministratorAsync(factory);
        var n = Interlocked.Increment(ref Count);

        using var response = await PortalBrowser.PostFormAsync(client, "/admin/register/organisations",
            [new("identifier", "GB-CHC-12"), new("name", $"<script>alert({n})</script>"), new("legal_form", "company")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#identifier\">", page, StringComparison.Ordinal);
        Assert.Contains("govuk-form-group govuk-form-group--error", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"<script>alert({n})</script>", page, StringComparison.Ordinal);
        Assert.Contains($"&lt;script&gt;alert({n})&lt;/script&gt;", page, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.Identifier == "GB-CHC-12"));
    }

    [Fact]
    public async Task ImportPage_WithABadRow_ListsEachProblemAndImportsTheOtherRows()
    {
        await using var factory = new PortalFactory(database);
        using var client = await AdministratorAsync(factory);
        var token = PortalBrowser.AntiforgeryToken(await PortalBrowser.GetTextAsync(client, "/admin/import"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Organisations"), "Kind" },
        };
        var file = new ByteArrayContent("identifier,name,legal_form\nGB-GOR-IMP1,Fine,public body\nnot-an-id,Broken,company\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", "organisations.csv");

        using var response = await client.PostAsync(new Uri("/admin/import", UriKind.Relative), form);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Imported from organisations.csv: 1 created, 0 updated, 0 unchanged; 1 row skipped.", page, StringComparison.Ordinal);
        Assert.Contains("1 row was skipped: fix 1 problem", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#problem-1\">Row 3, &#x27;identifier&#x27;:", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">not-an-id</td>", page, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.True(await db.Organisations.AnyAsync(o => o.Identifier == "GB-GOR-IMP1"));
    }

    [Fact]
    public async Task RegisterContractForm_WithEveryFieldEmpty_ListsProblemsInFormOrder()
    {
        await using var factory = new PortalFactory(database);
        using var client = await AdministratorAsync(factory);

        using var response = await PortalBrowser.PostFormAsync(client, "/admin/register/contracts", []);
        var page = await response.Content.ReadAsStringAsync();

        var links = System.Text.RegularExpressions.Regex.Matches(page, "<li><a href=\"#([a-z_]+)\">").Select(m => m.Groups[1].Value).ToList();
        // The total value may be left empty ("not known"), so it is not among them.
        Assert.Equal(["reference", "title", "commissioner", "provider", "sector", "start_date", "end_date", "payment_model"], links);
    }

    [Theory]
    [InlineData("/admin/register/organisations")]
    [InlineData("/admin/tokens/new")]
    [InlineData("/admin/deadline")]
    [InlineData("/account/sign-out")]
    public async Task Post_WithoutAntiforgeryToken_IsRejected(string path)
    {
        await using var factory = new PortalFactory(database);
        using var client = await AdministratorAsync(factory);
        using var form = new FormUrlEncodedContent([new("identifier", "GB-GOR-AF1"), new("Months", "3"), new("Days", "0")]);

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task NewTokenPage_ShowsTheTokenOnceAndItWorks()
    {
        await using var factory = new PortalFactory(database);
        using var client = await AdministratorAsync(factory);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        await using var db = database.CreateContext();
        var identifier = await db.Organisations.Where(o => o.Id == fixture.ProviderB).Select(o => o.Identifier).SingleAsync();

        using var response = await PortalBrowser.PostFormAsync(client, "/admin/tokens/new", [new("Organisation", identifier), new("Name", "Finance system")]);
        var page = await response.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(page, "<code id=\"token-secret\">([^<]+)</code>").Groups[1].Value;
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/account", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(secret, await PortalBrowser.GetTextAsync(client, "/admin/tokens"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TableCsvLink_OnASignedInPage_DownloadsThatTableAsShown()
    {
        await using var factory = new PortalFactory(database);
        using var client = await AdministratorAsync(factory);
        var page = await PortalBrowser.GetTextAsync(client, "/admin/users?sort=email");

        var link = System.Text.RegularExpressions.Regex.Match(page, "Download this table: <a class=\"govuk-link\" href=\"([^\"]+)\" download=\"users.csv\">CSV file");
        Assert.True(link.Success, "The users table has no CSV link.");
        Assert.Equal("/admin/users?sort=email&table-csv=users", System.Net.WebUtility.HtmlDecode(link.Groups[1].Value));
        using var response = await client.GetAsync(new Uri(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value), UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("admin-users-users.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Email address,Organisation,Status", lines[0]);
        var rows = System.Text.RegularExpressions.Regex.Count(page[page.IndexOf("<tbody", StringComparison.Ordinal)..], "<tr class=\"govuk-table__row\">");
        Assert.Equal(rows, lines.Length - 1);
        Assert.Contains(lines, l => l.EndsWith(",Administrator,Active", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TableCsv_ForATableThePageDoesNotHave_Answers404SayingSo()
    {
        await using var factory = new PortalFactory(database);
        using var client = await AdministratorAsync(factory);

        using var response = await client.GetAsync(new Uri("/admin/users?table-csv=nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no table called 'nothing-here'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpClient> AdministratorAsync(WebApplicationFactory<Program> factory)
    {
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        var client = PortalBrowser.Create(factory);
        using var signedIn = await PortalBrowser.SignInAsync(client, fixture.Administrator, AccountsFixture.Password);
        Assert.Equal("/admin", signedIn.Headers.Location?.OriginalString);
        return client;
    }
}

public sealed class SqlitePortalPagesTests(SqliteTestDatabase database) : PortalPagesTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresPortalPagesTests(PostgresTestDatabase database) : PortalPagesTests(database), IClassFixture<PostgresTestDatabase>;
