using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data.Bulk;
using Transparency.Web.Domain;

namespace Transparency.Tests.Data;

/// <summary>Money is exact and is summed, filtered and ordered by the database itself on both engines.</summary>
public abstract class MoneyInSqlTests(TestDatabase database)
{
    private const int Rows = 1_000_000;

    [Fact]
    public async Task Sum_OfOneMillionPennies_IsExactlyTenThousandPoundsInSql()
    {
        await using var db = database.CreateContext();
        var quarter = new Quarter(2025, 1);
        var (contract, version) = await TestData.SeedMinimalAsync(db, quarter);
        var firstId = (await db.Funding.MaxAsync(f => (long?)f.Id) ?? 0) + 1;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var rows = Enumerable.Range(0, Rows).Select(i => new FundingRecord
            {
                Id = firstId + i,
                ReturnVersionId = version.Id,
                ContractId = contract.Id,
                QuarterCode = quarter.Code,
                PaymentType = PaymentType.Fee,
                AmountPence = 1,
            });
            var writer = new BulkWriterFactory().For(db);
            Assert.Equal(Rows, await writer.InsertAsync(db, rows));
            await transaction.CommitAsync();
            await writer.AfterLoadAsync(db, [typeof(FundingRecord)]);
        }

        var query = db.Funding.Where(f => f.ContractId == contract.Id);
        var sql = query.Select(f => f.AmountPence).ToQueryString();
        var totalPence = await query.SumAsync(f => f.AmountPence);

        Assert.Equal(1_000_000L, totalPence);
        Assert.Equal(10_000.00m, Money.ToPounds(totalPence));
        Assert.Equal("£10,000.00", Money.Format(totalPence));
        Assert.Contains("\"Funding\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterAndOrder_OnMoney_RunInTheDatabase()
    {
        await using var db = database.CreateContext();
        var quarter = new Quarter(2024, 3);
        var (contract, version) = await TestData.SeedMinimalAsync(db, quarter);
        long[] amounts = [1_999, 200_000_000_000, -5_050, 10, 99_999_999_999];
        db.Funding.AddRange(amounts.Select(a => new FundingRecord
        {
            ReturnVersionId = version.Id,
            ContractId = contract.Id,
            QuarterCode = quarter.Code,
            PaymentType = a < 0 ? PaymentType.ServiceCreditDeduction : PaymentType.Fee,
            AmountPence = a,
        }));
        await db.SaveChangesAsync();

        var query = db.Funding.Where(f => f.QuarterCode == quarter.Code && f.AmountPence > 1_000).OrderByDescending(f => f.AmountPence).Select(f => f.AmountPence);
        var sql = query.ToQueryString();

        Assert.Equal([200_000_000_000, 99_999_999_999, 1_999], await query.ToListAsync());
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
        Assert.Contains("> 1000", sql, StringComparison.Ordinal);
        Assert.Equal(300_000_000_000L - 1 + 1_999 - 5_050 + 10, await db.Funding.Where(f => f.QuarterCode == quarter.Code).SumAsync(f => f.AmountPence));
    }
}

public sealed class SqliteMoneyInSqlTests(SqliteTestDatabase database) : MoneyInSqlTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresMoneyInSqlTests(PostgresTestDatabase database) : MoneyInSqlTests(database), IClassFixture<PostgresTestDatabase>;
