using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Data;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Totals;

public sealed class PostgresFundingAllTimeTotalsDataContext(DbContextOptions<PostgresFundingAllTimeTotalsDataContext> options)
    : FundingAllTimeTotalsDataContext(options, PublicDataSql.Postgres);
