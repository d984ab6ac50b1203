using Microsoft.EntityFrameworkCore;

namespace Transparency.Web.Api.Data;

public sealed class PostgresPublicDataContext(DbContextOptions<PostgresPublicDataContext> options)
    : PublicDataContext(options, PublicDataSql.Postgres);
