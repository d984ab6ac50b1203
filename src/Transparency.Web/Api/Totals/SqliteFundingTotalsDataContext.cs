using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Data;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Totals;

public sealed class SqliteFundingTotalsDataContext(DbContextOptions<SqliteFundingTotalsDataContext> options)
    : FundingTotalsDataContext(options, PublicDataSql.Sqlite);
