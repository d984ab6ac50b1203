using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.Model;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Totals;

/// <summary>
/// Like <see cref="FundingTotalsDataContext"/>, with <see cref="Funding"/> rows that are the all-time totals by
/// contract and payment type (<c>FundingContractTotals</c>) and no quarter: only for queries that name no quarter.
/// </summary>
public abstract class FundingAllTimeTotalsDataContext(DbContextOptions options, PublicDataSql sql) : PublicDataContext(options, sql)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Funding>().ToSqlQuery(PublicDataSql.FundingContractTotals());
    }
}
