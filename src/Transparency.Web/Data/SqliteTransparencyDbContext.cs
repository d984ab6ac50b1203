using Microsoft.EntityFrameworkCore;

namespace Transparency.Web.Data;

/// <summary>The embedded default. Owns the migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteTransparencyDbContext(DbContextOptions<SqliteTransparencyDbContext> options)
    : TransparencyDbContext(options);
