using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Accounts;
using Transparency.Tests.Feeds;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Portal;
using Transparency.Web.Domain;
using Transparency.Web.PerformanceNotices;
using Transparency.Web.Site.Pages;

namespace Transparency.Tests.PerformanceNotices;

/// <summary>
/// The issue's "done when": an administrator opens a contract, sees the proposed ratings over their evidence, overrides
/// one with a reason, marks the notice ready, and the notice is exported as OCDS that validates against 1.1.5 with the
/// metrics and UK extensions. Every change is in the audit log; becoming ready writes one publication log entry.
/// </summary>
public abstract class NoticeReviewTests(TestDatabase database)
{
    private const string Period = "2025-26-q1";
    private static int Count;

    [Fact]
    public async Task Review_AcceptOverrideAndReady_AuditsEveryStepAndExportsValidOcds()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        var world = await SeedAsync();
        using var client = await SignedInAsync(factory, fixture.Administrator);
        var page = NoticePath(world);

        var proposed = await PortalBrowser.GetTextAsync(client, page);
        Assert.Contains("Proposed rating: <strong class=\"govuk-tag\">Approaching target</strong>", proposed, StringComparison.Ordinal);
        Assert.Contains("Proposed rating: <strong class=\"govuk-tag\">Requires improvement</strong>", proposed, StringComparison.Ordinal);
        Assert.Contains("6,000,000.00", proposed, StringComparison.Ordinal);
        Assert.Contains("Yes: the Procurement Act 2023 requires at least three KPIs", proposed, StringComparison.Ordinal);
        Assert.Contains("No result published", proposed, StringComparison.Ordinal);

        var (k1, k2, k3) = await KpiIdsAsync(world);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, world, "Accept", [new("kpi", k1), new("proposal", "ApproachingTarget")])).StatusCode);

        // An override without a reason is refused and changes nothing.
        using var refused = await PostAsync(client, world, "Override", [new("kpi", k2), new("rating", "Good")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter the reason for rating K2 Good instead of Requires improvement.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        const string Reason = "The provider's Q2 and Q3 figures were hit by a data error the authority has since verified.";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, world, "Override", [new("kpi", k2), new("rating", "Good"), new("reason", Reason)])).StatusCode);

        // Not ready while K3 is undecided.
        using var early = await PostAsync(client, world, "Ready", []);
        Assert.Contains("Accept or override the rating of K3 before marking the notice ready.", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, world, "Accept", [new("kpi", k3), new("proposal", "Other")])).StatusCode);
        long head;
        await using (var db = database.CreateContext())
        {
            head = await db.PublicationLog.MaxAsync(e => (long?)e.Position) ?? 0;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, world, "Ready", [])).StatusCode);

        await using (var db = database.CreateContext())
        {
            var notice = await db.Set<PerformanceNotice>().Include(n => n.Assessments).SingleAsync(n => n.ContractId == world.Contract.Id);
            Assert.Equal(PerformanceNoticeStatus.Ready, notice.Status);
            Assert.Equal(fixture.Administrator, notice.ReadyBy);
            Assert.Equal([KpiRating.ApproachingTarget, KpiRating.Good, KpiRating.Other], notice.Assessments.OrderBy(a => a.KpiCode).Select(a => a.Rating));

            var subject = $"{world.Contract.Reference} 2024-25 Q2 to 2025-26 Q1";
            var audited = await db.AuditEntries.Where(e => e.Subject == subject).OrderBy(e => e.Id).Select(e => new { e.Action, e.Actor, e.Detail }).ToListAsync();
            Assert.Equal([NoticeAudit.Draft, NoticeAudit.Accept, NoticeAudit.Override, NoticeAudit.Accept, NoticeAudit.Ready], audited.Select(e => e.Action));
            Assert.All(audited, e => Assert.Equal(fixture.Administrator, e.Actor));
            Assert.Equal($"K2: Good instead of the proposed Requires improvement. Reason: {Reason}", audited[2].Detail);

            var logged = await db.PublicationLog.Where(e => e.Position > head).ToListAsync();
            var entry = Assert.Single(logged);
            Assert.Equal((PublicationChangeKind.RegistryChanged, world.Contract.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.Kind, entry.ContractIds));
        }

        var schemas = await OcdsSchemas.GetAsync();
        using var anonymous = factory.CreateClient();
        var package = await anonymous.GetStringAsync(new Uri($"/ocds/{world.Contract.Reference}/performance-notices/{Period}/release-package.json", UriKind.Relative));
        Assert.Empty(SchemaValidation.Errors(schemas.ReleasePackage, package));
        var release = JsonNode.Parse(package)!["releases"]![0]!;
        Assert.Equal("implementation", release["tag"]![0]!.GetValue<string>());
        var implementation = release["contracts"]![0]!["implementation"]!;
        Assert.Equal(world.Contract.Reference, release["contracts"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("implementationNotice", implementation["documents"]![0]!["documentType"]!.GetValue<string>());
        Assert.Equal(["slightlyBelow", "met", "other"], implementation["metrics"]!.AsArray().Select(m => m!["observations"]![0]!["measureClassification"]!["id"]!.GetValue<string>()));
        Assert.Contains(Reason, implementation["metrics"]![1]!["observations"]![0]!["notes"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("2024-07-01T00:00:00Z", implementation["metrics"]![0]!["observations"]![0]!["period"]!["startDate"]!.GetValue<string>());

        await factory.Services.CatchUpAsync("feeds");
        var releases = await anonymous.GetStringAsync(new Uri($"/ocds/{world.Contract.Reference}/release-package.json", UriKind.Relative));
        var record = await anonymous.GetStringAsync(new Uri($"/ocds/{world.Contract.Reference}/record-package.json", UriKind.Relative));
        Assert.Empty(SchemaValidation.Errors(schemas.ReleasePackage, releases));
        Assert.Empty(SchemaValidation.Errors(schemas.RecordPackage, record));
        Assert.Contains("-performance-notice-2025-26-q1", releases, StringComparison.Ordinal);
        var compiled = JsonNode.Parse(record)!["records"]![0]!["compiledRelease"]!["contracts"]![0]!["implementation"]!;
        Assert.Contains(compiled["metrics"]!.AsArray(), m => m!["observations"]!.AsArray().Any(o => o!["id"]!.GetValue<string>() == "performance-notice-2025-26-q1"));
        Assert.Equal("implementationNotice", compiled["documents"]![0]!["documentType"]!.GetValue<string>());

        // The public site learns of the ready notice from the publication log, as it learns of a publication.
        await factory.Services.CatchUpAsync(Transparency.Web.Site.Serving.SiteProjection.ProjectionName);
        var period = AssessmentPeriod.EndingWith(NoticeWorld.LastPublished);
        var contractPage = await anonymous.GetStringAsync(new Uri(SiteUrls.Contract(world.Contract.Reference), UriKind.Relative));
        var summaryPage = await anonymous.GetStringAsync(new Uri(NoticeUrls.SummaryPage(world.Contract.Reference, period), UriKind.Relative));
        Assert.Contains("Contract performance notices", contractPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"{NoticeUrls.SummaryPage(world.Contract.Reference, period)}\"", contractPage, StringComparison.Ordinal);
        Assert.Contains("Q2 and Q3 figures were hit by a data error", summaryPage, StringComparison.Ordinal);
        using var ratings = await anonymous.GetAsync(new Uri(NoticeUrls.SummaryPage(world.Contract.Reference, period) + PerformanceNoticePages.RatingsCsv, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ratings.StatusCode);
        Assert.Contains("Changed by the contracting authority", await ratings.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindATenderId_OnAReadyNotice_IsValidatedLinkedAndLogged()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        var world = await SeedAsync();
        using var client = await SignedInAsync(factory, fixture.Administrator);
        var (k1, k2, k3) = await KpiIdsAsync(world);
        foreach (var (kpi, proposal) in new[] { (k1, "ApproachingTarget"), (k2, "RequiresImprovement"), (k3, "Other") })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, world, "Accept", [new("kpi", kpi), new("proposal", proposal)])).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, world, "Ready", [])).StatusCode);
        using var wrong = await PostAsync(client, world, "FindATender", [new("findATenderNoticeId", "FTS 12")]);
        Assert.Contains("Enter the Find a Tender notice identifier as six digits", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, world, "FindATender", [new("findATenderNoticeId", "012345-2026")])).StatusCode);

        using var anonymous = factory.CreateClient();
        var package = await anonymous.GetStringAsync(new Uri($"/ocds/{world.Contract.Reference}/performance-notices/{Period}/release-package.json", UriKind.Relative));
        Assert.Empty(SchemaValidation.Errors((await OcdsSchemas.GetAsync()).ReleasePackage, package));
        Assert.Contains("https://www.find-tender.service.gov.uk/Notice/012345-2026", package, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == NoticeAudit.FindATender && e.Detail == "Find a Tender notice 012345-2026."));
    }

    [Fact]
    public async Task DraftNotice_IsNotExported_AndProviderUsersCannotReview()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        var world = await SeedAsync();
        using (var admin = await SignedInAsync(factory, fixture.Administrator))
        {
            var (k1, _, _) = await KpiIdsAsync(world);
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, world, "Accept", [new("kpi", k1), new("proposal", "ApproachingTarget")])).StatusCode);
        }

        using var anonymous = factory.CreateClient();
        using var draft = await anonymous.GetAsync(new Uri($"/ocds/{world.Contract.Reference}/performance-notices/{Period}/release-package.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);

        using var provider = await SignedInAsync(factory, fixture.UserA);
        using var page = await provider.GetAsync(new Uri(NoticePath(world), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/access-denied", page.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    private static string NoticePath(NoticeWorld world) => $"/admin/performance-notices/{world.Contract.Reference}";

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, NoticeWorld world, string handler, KeyValuePair<string, string>[] fields) =>
        PortalBrowser.PostFormAsync(client, $"{NoticePath(world)}?period={Period}&handler={handler}", fields, NoticePath(world));

    private async Task<NoticeWorld> SeedAsync()
    {
        await using var db = database.CreateContext();
        return await NoticeWorld.SeedAsync(db, $"R{Interlocked.Increment(ref Count)}{Guid.NewGuid().ToString("N")[..4].ToUpperInvariant()}");
    }

    private async Task<(string K1, string K2, string K3)> KpiIdsAsync(NoticeWorld world)
    {
        await using var db = database.CreateContext();
        var ids = await db.KpiDefinitions.Where(k => k.ContractId == world.Contract.Id).OrderBy(k => k.Code)
            .Select(k => k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync();
        return (ids[0], ids[1], ids[2]);
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> factory, string email)
    {
        var client = PortalBrowser.Create(factory);
        using var signedIn = await PortalBrowser.SignInAsync(client, email, AccountsFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }
}

public sealed class SqliteNoticeReviewTests(SqliteTestDatabase database) : NoticeReviewTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresNoticeReviewTests(PostgresTestDatabase database) : NoticeReviewTests(database), IClassFixture<PostgresTestDatabase>;
