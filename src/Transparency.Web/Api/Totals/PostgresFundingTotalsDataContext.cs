using Microsoft.EntityFrameworkCore;
using Transparency.Web.Api.Data;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Totals;

public sealed class PostgresFundingTotalsDataContext(DbContextOptions<PostgresFundingTotalsDataContext> options)
    : FundingTotalsDataContext(options, PublicDataSql.Postgres);
