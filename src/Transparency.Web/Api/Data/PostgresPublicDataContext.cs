using Microsoft.EntityFrameworkCore;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Data;

public sealed class PostgresPublicDataContext(DbContextOptions<PostgresPublicDataContext> options)
    : PublicDataContext(options, PublicDataSql.Postgres);
