using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Data;

namespace Transparency.Web.Api.Totals;

public sealed class SqliteFundingAllTimeTotalsDataContext(DbContextOptions<SqliteFundingAllTimeTotalsDataContext> options)
    : FundingAllTimeTotalsDataContext(options, PublicDataSql.Sqlite);
