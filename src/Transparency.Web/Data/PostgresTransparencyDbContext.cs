using Microsoft.EntityFrameworkCore;

namespace Transparency.Web.Data;

/// <summary>The scale-out option. Owns the migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresTransparencyDbContext(DbContextOptions<PostgresTransparencyDbContext> options)
    : TransparencyDbContext(options);
