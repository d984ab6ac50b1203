using Microsoft.EntityFrameworkCore;

namespace Transparency.Web.Api.Data;

public sealed class SqlitePublicDataContext(DbContextOptions<SqlitePublicDataContext> options)
    : PublicDataContext(options, PublicDataSql.Sqlite);
