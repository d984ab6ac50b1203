using Microsoft.EntityFrameworkCore;
using Transparency.Web.PublicRecord;

namespace Transparency.Web.Api.Data;

public sealed class SqlitePublicDataContext(DbContextOptions<SqlitePublicDataContext> options)
    : PublicDataContext(options, PublicDataSql.Sqlite);
