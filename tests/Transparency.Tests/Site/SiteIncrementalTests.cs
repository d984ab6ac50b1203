using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Demo;
using Transparency.Web.Domain;
using Transparency.Web.Publication;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;
using Transparency.Web.Site.Serving;

namespace Transparency.Tests.Site;

/// <summary>
/// After one provider restates a return, the pages an incremental build writes must be the ones a full build of
/// the same database writes, whether it starts from the previous build's totals or from none.
/// </summary>
public abstract class SiteIncrementalTests(TestDatabase database)
{
    private static readonly Quarter Latest = new DemoOptions().LastQuarter;

    [Fact]
    public async Task Projection_AfterRestatementIsLogged_LeavesTheServedSiteAsAFullBuildWritesIt()
    {
        await using var portal = Portal();
        var projection = portal.Services.GetRequiredService<SiteProjection>();
        long head;
        await using (var db = database.CreateContext())
        {
            head = await PublicationLog.HeadAsync(db, CancellationToken.None);
        }

        var before = await projection.BuildEverythingAsync(ProjectionState.Initial(head, DateTime.UtcNow), CancellationToken.None);
        var homeBefore = await File.ReadAllTextAsync(Path.Combine(before.Folder, "index.html"));
        var (_, restated) = await RestateAsync();
        await using (var db = database.CreateContext())
        {
            await Publications.LogAsync(db, PublicationChangeKind.Restated, await db.ReturnVersions.Include(v => v.Return).SingleAsync(v => v.Id == restated));
        }

        await portal.Services.CatchUpAsync(SiteProjection.ProjectionName, SiteIndexesProjection.ProjectionName);
        var generations = portal.Services.GetRequiredService<SiteGenerations>();
        var served = generations.FolderOf(generations.CurrentGeneration()!);
        var full = await FullBuildAsync(portal);

        Assert.Equal(before.Folder, served);
        AssertSameFiles(served, full);
        AssertSameFiles(full, served);
        Assert.NotEqual(homeBefore, await File.ReadAllTextAsync(Path.Combine(served, "index.html")));
        Assert.Empty(Directory.GetFiles(served, "*.writing-*", SearchOption.AllDirectories));

        // Applying the same entries again changes nothing.
        var files = Hashes(served);
        await using (var db = database.CreateContext())
        {
            var entries = await db.PublicationLog.AsNoTracking().Where(e => e.Position > head).OrderBy(e => e.Position).ToListAsync();
            var state = projection.CurrentState()!;
            await projection.ApplyAsync(new ProjectionBatch(head, state.Position, entries, FromScratch: false, state), CancellationToken.None);
        }

        Assert.Equal(files, Hashes(served));
    }

    private static SortedDictionary<string, string> Hashes(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    [Fact]
    public async Task Build_ForOneProviderWithoutAnEarlierBuild_WritesWhatAFullBuildWrites()
    {
        var (providerId, _) = await RestateAsync();
        await using var portal = Portal();

        string layer;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var folder = Path.Combine(database.DataFolder, "incremental-" + Guid.NewGuid().ToString("N"));
            layer = (await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(folder, SiteScope.ForProvider(providerId))).Folder;
        }

        AssertSameFiles(layer, await FullBuildAsync(portal));
    }

    private WebApplicationFactory<Program> Portal() =>
        new PortalFactory(database, seedDemo: true).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:AsOf", "2026-11-20T12:00:00Z");
            builder.UseSetting("Site:SearchIndex", "false");
            builder.UseSetting("Site:BuildOnStart", "false");
        });

    private async Task<string> FullBuildAsync(WebApplicationFactory<Program> portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var folder = Path.Combine(database.DataFolder, "full-" + Guid.NewGuid().ToString("N"));
        return (await scope.ServiceProvider.GetRequiredService<SiteBuilder>().BuildAsync(folder, SiteScope.Everything)).Folder;
    }

    /// <summary>Every file in <paramref name="layer"/> is in <paramref name="full"/> with the same content.</summary>
    private static void AssertSameFiles(string layer, string full)
    {
        var files = Directory.GetFiles(layer, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(layer, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("index.html", files);
        Assert.Contains(Path.Combine("sectors", "index.html"), files);
        foreach (var file in files)
        {
            Assert.True(File.Exists(Path.Combine(full, file)), $"The full build has no {file}.");
            Assert.True(File.ReadAllText(Path.Combine(layer, file)) == File.ReadAllText(Path.Combine(full, file)), $"{file} differs from the full build's.");
        }
    }

    /// <summary>
    /// Replaces the published version of a provider's return for the latest quarter with one that doubles its
    /// funding and rates every KPI result differently, as a restatement would. Returns the provider.
    /// </summary>
    private async Task<(int ProviderId, int VersionId)> RestateAsync()
    {
        await using (var seed = Portal())
        {
            _ = seed.Services;
        }

        await using var db = database.CreateContext();
        var current = await db.ReturnVersions.Include(v => v.Return).Include(v => v.Funding).Include(v => v.KpiResults)
            .Include(v => v.Satisfaction).Include(v => v.Subcontracts)
            .Where(v => v.Status == ReturnVersionStatus.Published && v.Return!.QuarterCode == Latest.Code && v.Funding.Count > 0 && v.KpiResults.Count > 0)
            .OrderBy(v => v.Id).FirstAsync();
        current.Status = ReturnVersionStatus.Superseded;
        var next = TestData.PublishedVersion(current.Return!, current.VersionNumber!.Value + 1, new DateTime(2026, 11, 19, 9, 0, 0, DateTimeKind.Utc), "Funding doubled in a test.");
        next.SupersedesVersionId = current.Id;
        next.Funding.AddRange(current.Funding.Select(f => new FundingRecord
        {
            ContractId = f.ContractId,
            QuarterCode = f.QuarterCode,
            PaymentType = f.PaymentType,
            AmountPence = f.AmountPence * 2 + 1,
            Description = f.Description,
        }));
        next.KpiResults.AddRange(current.KpiResults.Select(k => new KpiResult
        {
            KpiDefinitionId = k.KpiDefinitionId,
            ContractId = k.ContractId,
            QuarterCode = k.QuarterCode,
            Cohort = k.Cohort,
            AreaCode = k.AreaCode,
            Actual = k.Actual,
            Numerator = k.Numerator,
            Denominator = k.Denominator,
            RatingDerived = false,
            Rating = k.Rating == KpiRating.Good ? KpiRating.Inadequate : KpiRating.Good,
        }));
        next.Satisfaction.AddRange(current.Satisfaction.Select(s => new SatisfactionResult
        {
            ContractId = s.ContractId,
            QuarterCode = s.QuarterCode,
            Measure = s.Measure,
            Method = s.Method,
            Respondents = s.Respondents,
            PercentPositive = s.PercentPositive,
            PercentNegative = s.PercentNegative,
        }));
        next.Subcontracts.AddRange(current.Subcontracts.Select(s => new SubcontractRecord
        {
            ContractId = s.ContractId,
            QuarterCode = s.QuarterCode,
            SubcontractorId = s.SubcontractorId,
            Service = s.Service,
            ValuePaidInQuarterPence = s.ValuePaidInQuarterPence,
            TotalValuePence = s.TotalValuePence,
            PerformanceRating = s.PerformanceRating,
        }));
        db.Add(next);
        await db.SaveChangesAsync();
        return (current.Return!.ProviderId, next.Id);
    }
}

public sealed class SqliteSiteIncrementalTests(SqliteTestDatabase database) : SiteIncrementalTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresSiteIncrementalTests(PostgresTestDatabase database) : SiteIncrementalTests(database), IClassFixture<PostgresTestDatabase>;
