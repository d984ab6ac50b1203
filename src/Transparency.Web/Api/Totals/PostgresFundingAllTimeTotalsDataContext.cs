using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Data;

namespace Transparency.Web.Api.Totals;

public sealed class PostgresFundingAllTimeTotalsDataContext(DbContextOptions<PostgresFundingAllTimeTotalsDataContext> options)
    : FundingAllTimeTotalsDataContext(options, PublicDataSql.Postgres);
