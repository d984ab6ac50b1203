using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Tests.Site;
using Transparency.Web.Administration;
using Transparency.Web.Domain;

namespace Transparency.Tests.Domain;

/// <summary>
/// The same provider and quarter get the same verdict on the public site, in the administration's report and in the
/// insights API, under a deadline rule the administrator changed (two months instead of one) after some returns were
/// opened with the old due date, and with a return whose only version was withdrawn.
/// </summary>
public abstract class TimelinessAgreementTests(TestDatabase database)
{
    private static readonly Quarter Quarter = new(2025, 1);

    /// <summary>Under the two-month rule 2025-26 Q1 (April to June 2025) is due by 31 August 2025.</summary>
    private static readonly Dictionary<string, TimelinessStatus> Expected = new(StringComparer.Ordinal)
    {
        ["Early Ltd"] = TimelinessStatus.OnTime,
        ["Extended Ltd"] = TimelinessStatus.OnTime,
        ["Late Ltd"] = TimelinessStatus.Late,
        ["Absent Ltd"] = TimelinessStatus.Missing,
        ["Withdrawn Ltd"] = TimelinessStatus.Missing,
    };

    [Fact]
    public async Task Verdicts_UnderAChangedDeadlineRule_AreTheSameOnTheSiteInAdministrationAndInTheApi()
    {
        await SeedAsync();
        await using var portal = SitePortal.Create(database);
        using var client = portal.CreateClient();
        await portal.Services.CatchUpAsync(Transparency.Web.Site.Serving.SiteProjection.ProjectionName);

        await using var scope = portal.Services.CreateAsyncScope();
        var administration = (await scope.ServiceProvider.GetRequiredService<TimelinessReport>().ForQuarterAsync(Quarter))
            .ToDictionary(r => r.Name, r => r.Status, StringComparer.Ordinal);
        var site = await SiteVerdictsAsync(client);
        var api = await ApiVerdictsAsync(client);

        Assert.Equal(Expected, administration);
        Assert.Equal(Expected, site);
        Assert.Equal(Expected, api);
    }

    /// <summary>The quarter's late-and-missing table as its CSV holds it; the other active providers were on time.</summary>
    private static async Task<Dictionary<string, TimelinessStatus>> SiteVerdictsAsync(HttpClient client)
    {
        var csv = await client.GetStringAsync(new Uri(SiteUrls.ReturnsForQuarter(Quarter) + "late-and-missing.csv", UriKind.Relative));
        var verdicts = Expected.Keys.ToDictionary(k => k, _ => TimelinessStatus.OnTime, StringComparer.Ordinal);
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1))
        {
            var cells = line.Split(',');
            verdicts[cells[0]] = cells[2].StartsWith("Late", StringComparison.Ordinal) ? TimelinessStatus.Late
                : cells[2] == "Missing" ? TimelinessStatus.Missing
                : throw new InvalidOperationException($"Unexpected status '{cells[2]}'.");
        }

        return verdicts;
    }

    private static async Task<Dictionary<string, TimelinessStatus>> ApiVerdictsAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/odata/ReturnTimeliness?$filter=Quarter eq '{Quarter}'", UriKind.Relative)));
        return json.RootElement.GetProperty("value").EnumerateArray().ToDictionary(
            r => r.GetProperty("ProviderName").GetString()!, r => Enum.Parse<TimelinessStatus>(r.GetProperty("Status").GetString()!), StringComparer.Ordinal);
    }

    private async Task SeedAsync()
    {
        await using var db = database.CreateContext();
        var buyer = TestData.Organisation("GB-GOR-TA1", "Agreement Department", LegalForm.PublicBody);
        var providers = Expected.Keys.Select((name, i) => TestData.Organisation($"GB-COH-7700000{i}", name)).ToList();
        var ended = TestData.Organisation("GB-COH-77000009", "Ended Ltd");
        db.AddRange(providers.Select(p => TestData.Contract(p, buyer).Running(new DateOnly(2024, 4, 1), new DateOnly(2027, 3, 31)).Build()));
        db.Add(TestData.Contract(ended, buyer).Running(new DateOnly(2023, 4, 1), new DateOnly(2025, 3, 31)).Build());

        // Returns opened under the one-month rule keep that due date; the administrator then moved the deadline to two months.
        var oldDue = Quarter.DeadlineAfter(1);
        void Publish(Organisation provider, DateTime at, ReturnVersionStatus status = ReturnVersionStatus.Published)
        {
            var quarterlyReturn = TestData.Return(provider, Quarter);
            quarterlyReturn.DueDate = oldDue;
            quarterlyReturn.FirstPublishedAt = at;
            var version = TestData.PublishedVersion(quarterlyReturn, 1, at);
            version.Status = status;
            db.Add(version);
        }

        Publish(providers[0], new DateTime(2025, 7, 20, 9, 0, 0, DateTimeKind.Utc));
        Publish(providers[1], new DateTime(2025, 8, 15, 9, 0, 0, DateTimeKind.Utc));
        Publish(providers[2], new DateTime(2025, 9, 10, 9, 0, 0, DateTimeKind.Utc));
        Publish(providers[4], new DateTime(2025, 7, 10, 9, 0, 0, DateTimeKind.Utc), ReturnVersionStatus.Withdrawn);
        db.Settings.Add(new PortalSetting { Key = DeadlineRules.SettingKey, Value = new DeadlineRule(2, 0).ToSetting(), UpdatedAt = new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc) });
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteTimelinessAgreementTests(SqliteTestDatabase database) : TimelinessAgreementTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresTimelinessAgreementTests(PostgresTestDatabase database) : TimelinessAgreementTests(database), IClassFixture<PostgresTestDatabase>;
