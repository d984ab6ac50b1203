using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Api.Totals;
using Transparency.Web.Domain;

namespace Transparency.Tests.Api;

/// <summary>
/// Aggregations over funding that the totals table answers: the same money to the penny as adding up the lines, read
/// from FundingTotals only when the shape allows it, and current again once the projection has applied a withdrawal.
/// Each class has its own portal (IClassFixture), so the withdrawal disturbs no other test.
/// </summary>
public abstract class FundingTotalsTests(ApiPortal portal)
{
    // The portal caches heavy answers until the next publication, so each test asks with an alias of its own.
    private static string BySector(string alias) => $"/odata/Funding?$apply=groupby((Contract/Sector),aggregate(Amount with sum as {alias}))";

    [Fact]
    public async Task WholeHistoryTotalBySector_ReadsTheTotals_AndMatchesTheLines()
    {
        await portal.Factory.Services.CatchUpAsync(FundingTotalsProjection.ProjectionName);
        portal.Sql.Clear();

        var totals = await TotalsBySectorAsync(BySector("WholeHistory"), "WholeHistory");

        Assert.Equal(await ExpectedBySectorAsync(_ => true), totals);
        Assert.Contains(portal.Sql, s => s.Contains("\"FundingContractTotals\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TotalBySectorAndQuarter_ReadsTheQuarterTotals_AndMatchesTheLines()
    {
        await portal.Factory.Services.CatchUpAsync(FundingTotalsProjection.ProjectionName);
        await using var db = portal.Database.CreateContext();
        var quarter = await db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published).MaxAsync(f => f.QuarterCode);
        portal.Sql.Clear();

        var totals = await TotalsBySectorAsync(
            $"/odata/Funding?$apply=filter(Quarter eq '{Quarter.FromCode(quarter)}')/groupby((Contract/Sector),aggregate(Amount with sum as InQuarter))", "InQuarter");

        Assert.Equal(await ExpectedBySectorAsync(_ => true, quarter), totals);
        Assert.Contains(portal.Sql, s => s.Contains("\"FundingTotals\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/odata/Funding?$apply=filter(FinancialYear eq '2025-26' and PaymentType eq Transparency.PaymentType'Fee')/groupby((Contract/Sector,Quarter),aggregate(Amount with sum as Total))", "FundingTotals")]
    [InlineData("/odata/Funding?$apply=groupby((FinancialYear),aggregate(Amount with sum as Total))", "FundingTotals")]
    [InlineData("/odata/Funding?$apply=filter(Contract/Provider/Name ne 'x')/aggregate(Amount with sum as Total)", "FundingContractTotals")]
    [InlineData("/odata/Funding?$apply=groupby((ContractId))&$count=true&$top=5", "FundingContractTotals")]
    public async Task ShapesATotalAnswers_ReadTheTotals(string url, string table)
    {
        await portal.Factory.Services.CatchUpAsync(FundingTotalsProjection.ProjectionName);
        portal.Sql.Clear();

        await portal.GetValuesAsync(url);

        Assert.Contains(portal.Sql, s => s.Contains($"\"{table}\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/odata/Funding?$apply=aggregate($count as Lines)")]
    [InlineData("/odata/Funding?$apply=groupby((Contract/Sector),aggregate(Amount with average as Mean))")]
    [InlineData("/odata/Funding?$apply=groupby((Contract/Sector),aggregate(Amount with max as Largest))")]
    [InlineData("/odata/Funding?$apply=filter(Amount gt 100000)/groupby((Contract/Sector),aggregate(Amount with sum as Total))")]
    [InlineData("/odata/Funding?$apply=groupby((Description),aggregate(Amount with sum as Total))")]
    [InlineData("/odata/Funding?$apply=groupby((ReturnVersionId),aggregate(Amount with sum as Total))")]
    [InlineData("/odata/Funding?$apply=compute(ContractId mul 2 as Twice)/aggregate(Twice with sum as Total)")]
    [InlineData("/odata/Funding?$filter=Amount gt 100000")]
    public async Task ShapesATotalWouldGetWrong_ReadTheLines(string url)
    {
        await portal.Factory.Services.CatchUpAsync(FundingTotalsProjection.ProjectionName);
        portal.Sql.Clear();

        using var response = await portal.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        Assert.Contains(portal.Sql, s => s.Contains("\"Funding\"", StringComparison.Ordinal));
        Assert.DoesNotContain(portal.Sql, s => s.Contains("Totals\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FilterOnALinesAmount_StillAddsUpTheLines()
    {
        var totals = await TotalsBySectorAsync("/odata/Funding?$apply=filter(Amount gt 100000)/groupby((Contract/Sector),aggregate(Amount with sum as Large))", "Large");

        Assert.Equal(await ExpectedBySectorAsync(pence => pence > 10_000_000), totals);
    }

    [Fact]
    public async Task Withdrawal_ReachesTheTotals_OnceTheProjectionHasAppliedIt()
    {
        await portal.Factory.Services.CatchUpAsync(FundingTotalsProjection.ProjectionName);
        await using (var db = portal.Database.CreateContext())
        {
            var version = await db.ReturnVersions.Include(v => v.Return)
                .Where(v => v.Status == ReturnVersionStatus.Published && v.Funding.Any())
                .OrderByDescending(v => v.Funding.Sum(f => f.AmountPence)).FirstAsync();
            version.Status = ReturnVersionStatus.Withdrawn;
            version.WithdrawnAt = DateTime.UtcNow;
            version.WithdrawnBy = "test";
            await db.SaveChangesAsync();
            await Publications.LogAsync(db, PublicationChangeKind.Withdrawn, version);
        }

        await portal.Factory.Services.CatchUpAsync(FundingTotalsProjection.ProjectionName);
        portal.Sql.Clear();

        var totals = await TotalsBySectorAsync(BySector("AfterWithdrawal"), "AfterWithdrawal");

        Assert.Equal(await ExpectedBySectorAsync(_ => true), totals);
        Assert.Contains(portal.Sql, s => s.Contains("\"FundingContractTotals\"", StringComparison.Ordinal));
    }

    private async Task<SortedDictionary<string, decimal>> TotalsBySectorAsync(string url, string alias)
    {
        var rows = await portal.GetValuesAsync(url);
        return new(rows.ToDictionary(r => r.GetProperty("Contract").GetProperty("Sector").GetString()!, r => r.GetProperty(alias).GetDecimal()), StringComparer.Ordinal);
    }

    private async Task<SortedDictionary<string, decimal>> ExpectedBySectorAsync(Func<long, bool> line, int? quarter = null)
    {
        await using var db = portal.Database.CreateContext();
        var lines = await db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published && (quarter == null || f.QuarterCode == quarter))
            .Select(f => new { f.Contract!.Sector, f.AmountPence }).ToListAsync();
        return new(lines.Where(l => line(l.AmountPence)).GroupBy(l => l.Sector.ToString())
            .ToDictionary(g => g.Key, g => Money.ToPounds(g.Sum(l => l.AmountPence))), StringComparer.Ordinal);
    }
}

public sealed class SqliteFundingTotalsTests(SqliteApiPortal portal) : FundingTotalsTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresFundingTotalsTests(PostgresApiPortal portal) : FundingTotalsTests(portal), IClassFixture<PostgresApiPortal>;
