using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Transparency.Web.Data.Bulk;

namespace Transparency.Web.Data;

/// <summary>Registers the database for the configured engine, and prepares it at start.</summary>
public static class DataSetup
{
    public static WebApplicationBuilder AddTransparencyData(this WebApplicationBuilder builder, PortalPaths paths)
    {
        builder.Services.AddSingleton(paths);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !o.IsPostgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is Postgres (set the environment variable Database__ConnectionString).")
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.IsPostgres)
        {
            builder.Services.AddDbContext<PostgresTransparencyDbContext>(o => ConfigurePostgres(o, options.ConnectionString ?? string.Empty));
            builder.Services.AddScoped<TransparencyDbContext>(sp => sp.GetRequiredService<PostgresTransparencyDbContext>());
        }
        else
        {
            var connectionString = SqliteConnectionStrings.For(options.ConnectionString, paths.DataFolder);
            builder.Services.AddDbContext<SqliteTransparencyDbContext>(o => ConfigureSqlite(o, connectionString));
            builder.Services.AddScoped<TransparencyDbContext>(sp => sp.GetRequiredService<SqliteTransparencyDbContext>());
        }

        builder.Services.AddScoped<DatabaseInitialiser>();
        builder.Services.AddSingleton<IBulkWriterFactory, BulkWriterFactory>();
        return builder;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(DataSetup).Assembly.FullName))
            .AddInterceptors(SqlitePragmas.Instance, Publication.RegistryChangeRecorder.Instance);

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(DataSetup).Assembly.FullName))
            .AddInterceptors(Publication.RegistryChangeRecorder.Instance);

    /// <summary>Applies migrations (when configured to) so the portal starts on an up-to-date schema.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().MigrateAsync(cancellationToken);
        }
    }
}
