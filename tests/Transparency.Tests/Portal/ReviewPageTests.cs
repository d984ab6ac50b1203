using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Accounts;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Portal;

/// <summary>/admin/review: organisations flagged for review (such as OCDS suppliers without an identifier) and clearing a flag.</summary>
public abstract class ReviewPageTests(TestDatabase database)
{
    private static int Count;

    [Fact]
    public async Task ReviewPage_ForAnAdministrator_ListsFlaggedOrganisationsWithWhy()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        var (flagged, note) = await FlaggedAsync();
        var unflagged = await AddAsync(null);
        using var client = await SignedInAsync(factory, fixture.Administrator);

        var page = await PortalBrowser.GetTextAsync(client, "/admin/review");

        Assert.Contains("<h1 class=\"govuk-heading-l\">Organisations to review</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<code>{flagged.Identifier}</code>", page, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(note), page, StringComparison.Ordinal);
        Assert.DoesNotContain(unflagged.Identifier, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClearFlag_ByAnAdministrator_RemovesTheFlagAndRecordsItInTheAuditLog()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        var (flagged, note) = await FlaggedAsync();
        using var client = await SignedInAsync(factory, fixture.Administrator);

        using var response = await PortalBrowser.PostFormAsync(client, ClearPath(flagged), [], "/admin/review");
        var after = await PortalBrowser.GetTextAsync(client, "/admin/review");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/review", response.Headers.Location?.OriginalString);
        Assert.Contains($"The review flag on {flagged.Name} ({flagged.Identifier}) was cleared.", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"<code>{flagged.Identifier}</code>", after, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Null(await db.Organisations.Where(o => o.Id == flagged.Id).Select(o => o.ReviewNote).SingleAsync());
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "clear review flag" && e.Subject == flagged.Identifier);
        Assert.Equal((fixture.Administrator, note), (entry.Actor, entry.Detail));
    }

    [Fact]
    public async Task ReviewPageAndClearFlag_ForAProviderUser_AreForbiddenAndChangeNothing()
    {
        await using var factory = new PortalFactory(database);
        var fixture = await AccountsFixture.CreateAsync(factory.Services);
        var (flagged, note) = await FlaggedAsync();
        using var client = await SignedInAsync(factory, fixture.UserA);

        using var page = await client.GetAsync(new Uri("/admin/review", UriKind.Relative));
        using var clear = await PortalBrowser.PostFormAsync(client, ClearPath(flagged), [], "/account/sign-out");
        using var denied = await client.GetAsync(clear.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/access-denied", page.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, clear.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        await using var db = database.CreateContext();
        Assert.Equal(note, await db.Organisations.Where(o => o.Id == flagged.Id).Select(o => o.ReviewNote).SingleAsync());
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == "clear review flag" && e.Subject == flagged.Identifier));
    }

    private static string ClearPath(Organisation organisation) =>
        string.Create(CultureInfo.InvariantCulture, $"/admin/review?handler=Clear&id={organisation.Id}");

    private async Task<(Organisation Organisation, string Note)> FlaggedAsync()
    {
        var note = $"Imported from OCDS ocds-test-{Guid.NewGuid():N} without an organisation identifier; replace it with the real one <b>now</b>.";
        return (await AddAsync(note), note);
    }

    private async Task<Organisation> AddAsync(string? note)
    {
        var n = Interlocked.Increment(ref Count);
        var organisation = TestData.Organisation($"XX-LOCAL-REVIEW{n:D4}{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}", $"Flagged supplier {n} {Guid.NewGuid():N}");
        organisation.ReviewNote = note;
        await using var db = database.CreateContext();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> factory, string email)
    {
        var client = PortalBrowser.Create(factory);
        using var signedIn = await PortalBrowser.SignInAsync(client, email, AccountsFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }
}

public sealed class SqliteReviewPageTests(SqliteTestDatabase database) : ReviewPageTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresReviewPageTests(PostgresTestDatabase database) : ReviewPageTests(database), IClassFixture<PostgresTestDatabase>;
