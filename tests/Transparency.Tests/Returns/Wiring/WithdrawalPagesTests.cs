using System.Net;
using System.Text.Json;
using Transparency.Tests.Accounts;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Portal;
using Transparency.Web.Domain;

namespace Transparency.Tests.Returns.Wiring;

/// <summary>An administrator withdraws a published version with a reason, and the audit log records it.</summary>
public abstract class WithdrawalPagesTests(TestDatabase database)
{
    [Fact]
    public async Task Withdraw_WithAndWithoutReason_RequiresReasonThenWithdraws()
    {
        var quarter = new Quarter(2027, 4);
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        var publisher = await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId);
        var accounts = await AccountsFixture.CreateAsync(factory.Services);
        using var api = publisher.Api(factory);
        using var created = await api.PostAsync(new Uri($"/api/returns?quarter={Uri.EscapeDataString(quarter.ToString())}", UriKind.Relative),
            ReturnsPublisher.Multipart(InputFormTests.SampleReturn(quarter).CsvFiles()));
        var href = created.Headers.Location!.OriginalString;
        using var published = await api.PostAsync(new Uri(href + "/publish", UriKind.Relative), null);
        var versionId = href[(href.LastIndexOf('/') + 1)..];
        using var admin = PortalBrowser.Create(factory);
        using (await PortalBrowser.SignInAsync(admin, accounts.Administrator, AccountsFixture.Password))
        {
        }

        var path = $"/admin/returns?quarter={quarter.Code}";
        Assert.Contains("Version 1", await PortalBrowser.GetTextAsync(admin, path), StringComparison.Ordinal);
        using var withoutReason = await PortalBrowser.PostFormAsync(admin, path, [new("VersionId", versionId), new("Reason", "")]);
        Assert.Contains($"href=\"#Reason-{versionId}\"", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var withdrawn = await PortalBrowser.PostFormAsync(admin, path, [new("VersionId", versionId), new("Reason", "Figures belonged to another provider")]);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        using var history = JsonDocument.Parse(await api.GetStringAsync(new Uri($"/api/returns/{Uri.EscapeDataString(quarter.ToString())}/versions", UriKind.Relative)));
        var version = history.RootElement.GetProperty("versions")[0];
        Assert.Equal(("Withdrawn", "Figures belonged to another provider"), (version.GetProperty("status").ToString(), version.GetProperty("withdrawalReason").GetString()));
        Assert.Contains("Figures belonged to another provider", await PortalBrowser.GetTextAsync(admin, "/admin/audit"), StringComparison.Ordinal);
    }
}

public sealed class SqliteWithdrawalPagesTests(SqliteTestDatabase database) : WithdrawalPagesTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresWithdrawalPagesTests(PostgresTestDatabase database) : WithdrawalPagesTests(database), IClassFixture<PostgresTestDatabase>;
