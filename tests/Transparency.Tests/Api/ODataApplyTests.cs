using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Api;

/// <summary>Every $apply shape the guide uses, run in SQL on both engines, with money totals exact to the penny.</summary>
public abstract class ODataApplyTests(ApiPortal portal)
{
    [Fact]
    public async Task GroupBySum_OnMoney_MatchesTheDatabaseToThePennyInSql()
    {
        await using var db = portal.Database.CreateContext();
        var expected = (await db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published)
                .GroupBy(f => f.QuarterCode / 10)
                .Select(g => new { Year = g.Key, Pence = g.Sum(f => f.AmountPence) })
                .ToListAsync())
            .ToDictionary(g => Quarter.FormatFinancialYear(g.Year), g => g.Pence);
        portal.Sql.Clear();

        var rows = await portal.GetValuesAsync("/odata/Funding?$apply=groupby((FinancialYear),aggregate(Amount with sum as Total))");

        Assert.Equal(expected.Count, rows.Count);
        foreach (var row in rows)
        {
            var pence = expected[row.GetProperty("FinancialYear").GetString()!];
            Assert.Equal(Money.ToPounds(pence), row.GetProperty("Total").GetDecimal());
        }

        var sql = Assert.Single(portal.Sql, s => s.Contains("GROUP BY", StringComparison.Ordinal));
        Assert.Contains("SUM(", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Aggregate_WithoutGroupBy_SumMinMaxAverageCountDistinct()
    {
        await using var db = portal.Database.CreateContext();
        var published = db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published);
        var total = await published.SumAsync(f => f.AmountPence);
        var low = await published.MinAsync(f => f.AmountPence);
        var high = await published.MaxAsync(f => f.AmountPence);
        var contracts = await published.Select(f => f.ContractId).Distinct().CountAsync();

        var row = Assert.Single(await portal.GetValuesAsync(
            "/odata/Funding?$apply=aggregate(Amount with sum as Total,Amount with min as Low,Amount with max as High,Amount with average as Mean,ContractId with countdistinct as Contracts)"));

        Assert.Equal(Money.ToPounds(total), row.GetProperty("Total").GetDecimal());
        Assert.Equal(Money.ToPounds(low), row.GetProperty("Low").GetDecimal());
        Assert.Equal(Money.ToPounds(high), row.GetProperty("High").GetDecimal());
        Assert.Equal(contracts, row.GetProperty("Contracts").GetInt32());
        Assert.InRange(row.GetProperty("Mean").GetDecimal(), Money.ToPounds(low), Money.ToPounds(high));
    }

    [Fact]
    public async Task GroupBy_TwoPropertiesThroughNavigation_ThenOrderByAndTop()
    {
        await using var db = portal.Database.CreateContext();
        portal.Sql.Clear();
        var expected = (await db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published)
                .GroupBy(f => new { f.Contract!.Sector, Year = f.QuarterCode / 10 })
                .Select(g => new { g.Key.Sector, g.Key.Year, Pence = g.Sum(f => f.AmountPence) })
                .ToListAsync())
            .OrderByDescending(g => g.Pence).Take(3).ToList();

        var rows = await portal.GetValuesAsync("/odata/Funding?$apply=groupby((Contract/Sector,FinancialYear),aggregate(Amount with sum as Total))&$orderby=Total desc&$top=3");

        Assert.Equal(3, rows.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i].Sector.ToString(), rows[i].GetProperty("Contract").GetProperty("Sector").GetString());
            Assert.Equal(Quarter.FormatFinancialYear(expected[i].Year), rows[i].GetProperty("FinancialYear").GetString());
            Assert.Equal(Money.ToPounds(expected[i].Pence), rows[i].GetProperty("Total").GetDecimal());
        }

        // Grouped by the two values alone: the property names stay out of the GROUP BY (UnnamedGroupingKeys).
        var sql = Assert.Single(portal.Sql, s => s.Contains("GROUP BY", StringComparison.Ordinal) && s.Contains("\"Sector\"", StringComparison.Ordinal));
        var groupBy = sql[sql.IndexOf("GROUP BY", StringComparison.Ordinal)..].Split('\n')[0];
        Assert.Equal(2, groupBy.Split(',').Length);
        Assert.DoesNotContain("Name", groupBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterThenGroupBy_ByParentGroupAndSector_TotalsEveryPennyOfTheYear()
    {
        await using var db = portal.Database.CreateContext();
        var year = new Quarter(2025, 1);
        var expected = await db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published && f.QuarterCode >= year.Code && f.QuarterCode < year.Code + 10)
            .SumAsync(f => f.AmountPence);

        var rows = await portal.GetValuesAsync(
            "/odata/Funding?$apply=filter(FinancialYear eq '2025-26')/groupby((Contract/Provider/ParentGroup/Name,Contract/Sector),aggregate(Amount with sum as Total))&$orderby=Total desc");

        Assert.True(rows.Count > 1);
        Assert.Equal(Money.ToPounds(expected), rows.Sum(r => r.GetProperty("Total").GetDecimal()));
        Assert.Contains(rows, r => r.GetProperty("Contract").GetProperty("Provider").GetProperty("ParentGroup").GetProperty("Name").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task GroupBy_OnSubcontractorFlags_GivesTheSmeAndVcseShares()
    {
        await using var db = portal.Database.CreateContext();
        var expected = await db.Subcontracts.Where(s => s.ReturnVersion!.Status == ReturnVersionStatus.Published && s.Subcontractor!.IsVcse)
            .SumAsync(s => s.ValuePaidInQuarterPence);

        var rows = await portal.GetValuesAsync("/odata/Subcontracts?$apply=groupby((Subcontractor/IsSme,Subcontractor/IsVcse),aggregate(ValuePaidInQuarter with sum as Paid,SubcontractorId with countdistinct as Subcontractors))");

        var vcse = rows.Where(r => r.GetProperty("Subcontractor").GetProperty("IsVcse").GetBoolean()).Sum(r => r.GetProperty("Paid").GetDecimal());
        Assert.Equal(Money.ToPounds(expected), vcse);
    }

    [Fact]
    public async Task GroupBy_WithAverageAndCount_OnSatisfaction()
    {
        var rows = await portal.GetValuesAsync(
            "/odata/Satisfaction?$apply=filter(Respondents ge 100)/groupby((Quarter,Method),aggregate(PercentPositive with average as AveragePositive,Respondents with sum as People,$count as Results))&$orderby=Quarter desc,AveragePositive&$top=5");

        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.InRange(r.GetProperty("AveragePositive").GetDouble(), 0, 100));
        Assert.All(rows, r => Assert.True(r.GetProperty("People").GetInt32() >= 100 * r.GetProperty("Results").GetInt32()));
    }

    [Fact]
    public async Task Average_OfMoney_IsRoundedToTheNearestPennyNotTruncated()
    {
        await using var db = portal.Database.CreateContext();
        var groups = await db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published)
            .GroupBy(f => f.ContractId)
            .Select(g => new { g.Key, Pence = g.Sum(f => f.AmountPence), Rows = g.Count() })
            .ToListAsync();
        var expected = groups.ToDictionary(g => g.Key, g => Math.Round((decimal)g.Pence / g.Rows, MidpointRounding.AwayFromZero) / 100m);

        var rows = await portal.GetValuesAsync("/odata/Funding?$apply=groupby((ContractId),aggregate(Amount with average as Mean))&$orderby=ContractId&$top=1000");

        Assert.Equal(Math.Min(expected.Count, 100), rows.Count);
        Assert.All(rows, r => Assert.Equal(expected[r.GetProperty("ContractId").GetInt32()], r.GetProperty("Mean").GetDecimal()));
        Assert.Contains(groups.Take(rows.Count), g => g.Pence % g.Rows != 0);
    }

    [Fact]
    public async Task TrailingOrderingSteps_AreTheSystemOptionsOnThePipelineResult()
    {
        var viaOptions = await portal.GetValuesAsync("/odata/Funding?$apply=groupby((ContractId),aggregate(Amount with sum as Total))&$orderby=Total desc,ContractId&$skip=2&$top=3");
        var viaPipeline = await portal.GetValuesAsync("/odata/Funding?$apply=groupby((ContractId),aggregate(Amount with sum as Total))/orderby(Total desc,ContractId)/skip(2)/top(3)");
        var top = await portal.GetValuesAsync("/odata/Funding?$apply=groupby((ContractId),aggregate(Amount with sum as Total))/topcount(3,Total)");

        Assert.Equal(viaOptions.Select(r => r.GetRawText()), viaPipeline.Select(r => r.GetRawText()));
        Assert.Equal(3, top.Count);
        Assert.True(top[0].GetProperty("Total").GetDecimal() >= viaOptions[0].GetProperty("Total").GetDecimal());
    }

    [Fact]
    public async Task Apply_WithComputeOrArithmeticOnMoney_IsRefusedNotWrong()
    {
        var (status, body, response) = await portal.GetErrorAsync("/odata/Funding?$apply=compute(Amount mul 2 as Double)");
        var (sumStatus, sumBody, sumResponse) = await portal.GetErrorAsync("/odata/Funding?$apply=aggregate(Amount mul 2 with sum as Total)");
        response.Dispose();
        sumResponse.Dispose();

        Assert.Equal(400, status);
        Assert.Contains("Arithmetic on Amount", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(400, sumStatus);
        Assert.Contains("Arithmetic on Amount", sumBody.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

public sealed class SqliteODataApplyTests(SqliteApiPortal portal) : ODataApplyTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresODataApplyTests(PostgresApiPortal portal) : ODataApplyTests(portal), IClassFixture<PostgresApiPortal>;
