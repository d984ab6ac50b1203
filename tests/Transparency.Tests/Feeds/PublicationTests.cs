using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;
using Transparency.Web.Feeds.Downloads;

namespace Transparency.Tests.Feeds;

/// <summary>What happens to the public files when a return is published, restated and withdrawn.</summary>
public abstract class PublicationTests(TestDatabase database)
{
    private static readonly Quarter Quarter = new(2025, 2);

    [Fact]
    public async Task Restatement_AfterListenerRuns_KeepsIdentifiersAndShowsOnlyNewFigures()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: false);
        int contractId;
        ReturnVersion first;
        await using (var db = database.CreateContext())
        {
            var (contract, version) = await TestData.SeedMinimalAsync(db, Quarter);
            contractId = contract.Id;
            first = version;
            db.Add(new FundingRecord { ReturnVersionId = version.Id, ContractId = contract.Id, QuarterCode = Quarter.Code, PaymentType = PaymentType.Fee, AmountPence = 123_456, Description = "=HYPERLINK(\"http://x\")" });
            db.Add(new FundingRecord { ReturnVersionId = version.Id, ContractId = contract.Id, QuarterCode = Quarter.Code, PaymentType = PaymentType.ServiceCreditDeduction, AmountPence = -1_250 });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            await Publications.LogAsync(db, PublicationChangeKind.Published, first);
        }

        await portal.CatchUpAsync();
        var before = CsvTable.Parse(await portal.GetStringAsync("/downloads/csv/funding.csv"));
        var beforeText = await portal.GetStringAsync("/downloads/csv/funding.csv");

        await using (var db = database.CreateContext())
        {
            var tracked = await db.ReturnVersions.Include(v => v.Return).SingleAsync(v => v.Id == first.Id);
            tracked.Status = ReturnVersionStatus.Superseded;
            var second = TestData.PublishedVersion(tracked.Return!, 2, first.PublishedAt!.Value.AddDays(10), "Fee was keyed twice");
            second.Supersedes = tracked;
            second.Funding.Add(new FundingRecord { ContractId = contractId, QuarterCode = Quarter.Code, PaymentType = PaymentType.Fee, AmountPence = 100_000 });
            second.Funding.Add(new FundingRecord { ContractId = contractId, QuarterCode = Quarter.Code, PaymentType = PaymentType.ServiceCreditDeduction, AmountPence = -1_250 });
            var draft = new ReturnVersion { Return = tracked.Return, Status = ReturnVersionStatus.Draft, OriginalFileName = "draft.csv", FileSha256 = new string('f', 64), SubmittedBy = "test", SubmittedAt = second.SubmittedAt };
            draft.Funding.Add(new FundingRecord { ContractId = contractId, QuarterCode = Quarter.Code, PaymentType = PaymentType.Fee, AmountPence = 999_999 });
            db.AddRange(second, draft);
            await db.SaveChangesAsync();
            await Publications.LogAsync(db, PublicationChangeKind.Restated, second);
        }

        await portal.CatchUpAsync();
        var after = CsvTable.Parse(await portal.GetStringAsync("/downloads/csv/funding.csv"));
        var versions = CsvTable.Parse(await portal.GetStringAsync("/downloads/csv/return_versions.csv"));
        var feed = await AtomFeedTests.AllEntriesAsync(portal, await AtomFeedTests.LoadAsync(portal, "/feeds/returns.atom"));

        Assert.Equal(before.Column("id"), after.Column("id"));
        Assert.Equal(["1000.00", "-12.50"], after.Column("amount_pounds"));
        Assert.DoesNotContain("9999.99", after.Column("amount_pounds"));
        Assert.EndsWith("/v2", after.Column("return_version_id").First(), StringComparison.Ordinal);
        Assert.Equal(["published", "superseded"], versions.Column("status").Order());
        Assert.Contains("Fee was keyed twice", versions.Column("restatement_reason"));
        Assert.Equal(2, feed.Count);
        Assert.Equal("restatement", feed[0].Categories[0].Name);
        Assert.Contains(",-12.50,", beforeText, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", before.Column("description").First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_WhileAnOldFileIsBeingRead_LeavesTheOldFileWhole()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: false);
        var old = portal.Store.Current!;
        var oldFile = old.ByPath["csv/organisations.csv"];
        await using var reader = File.OpenRead(old.PhysicalPath(oldFile));

        var rebuilt = await portal.RebuildAsync();
        using var copy = new MemoryStream();
        await reader.CopyToAsync(copy);

        Assert.NotEqual(old.Folder, rebuilt.Folder);
        Assert.Equal(oldFile.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(copy.ToArray())));
        Assert.True(Directory.Exists(old.Folder), "The previous build is kept for downloads already under way.");
        Assert.DoesNotContain(Directory.EnumerateDirectories(Path.GetDirectoryName(rebuilt.Folder)!), d => Path.GetFileName(d).StartsWith(".work-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WhenNoBuildExists_BuildsTheFiles()
    {
        var folder = Directory.CreateTempSubdirectory("transparency-start-").FullName;
        try
        {
            await using var factory = new PortalFactory(database).WithWebHostBuilder(b => b
                .UseSetting("Feeds:BuildDownloadsOnStart", "true")
                .UseSetting("Feeds:StartupBuildDelay", "00:00:00")
                .UseSetting("Storage:DataFolder", folder));
            using var client = factory.CreateClient();

            await factory.Services.CatchUpAsync(DownloadsProjection.ProjectionName);
            using var response = await client.GetAsync(new Uri("/downloads/datapackage.json", UriKind.Relative));

            Assert.True(File.Exists(Path.Combine(folder, "downloads", "current")));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class SqlitePublicationTests(SqliteTestDatabase database) : PublicationTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresPublicationTests(PostgresTestDatabase database) : PublicationTests(database), IClassFixture<PostgresTestDatabase>;
