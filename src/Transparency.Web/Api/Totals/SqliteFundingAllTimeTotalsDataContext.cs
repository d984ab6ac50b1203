using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Data;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Totals;

public sealed class SqliteFundingAllTimeTotalsDataContext(DbContextOptions<SqliteFundingAllTimeTotalsDataContext> options)
    : FundingAllTimeTotalsDataContext(options, PublicDataSql.Sqlite);
