using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Totals;

/// <summary>
/// The API's read-only view with one difference: <see cref="Funding"/> rows are the totals by contract, quarter and
/// payment type (<c>FundingTotals</c>, shaped as funding rows with no line id, version or description), so an
/// aggregation the library composes over funding runs unchanged over a few rows per contract. Only queries that
/// <see cref="FundingTotalsShape"/> accepts may read it. Each engine has a subclass so EF Core caches one model each.
/// </summary>
public abstract class FundingTotalsDataContext(DbContextOptions options, PublicDataSql sql) : PublicDataContext(options, sql)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Funding>().ToSqlQuery(Sql.FundingTotals());
    }
}
