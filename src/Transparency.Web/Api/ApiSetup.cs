using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.OData.Batch;
using Microsoft.AspNetCore.OData.Query.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OData.UriParser;
using Transparency.Web.Api.Csv;
using Transparency.Web.Api.Data;
using Transparency.Web.Api.OpenApi;
using Transparency.Web.Api.Paths;
using Transparency.Web.Api.Protocol;
using Transparency.Web.Api.Query;
using Transparency.Web.Api.Totals;
using Transparency.Web.Data;
using Transparency.Web.Publication;

namespace Transparency.Web.Api;

/// <summary>The public OData API at /odata: its model, query rules and limits, CSV output, rate limits, CORS and OpenAPI.</summary>
public static class ApiSetup
{
    public const string RoutePrefix = "odata";
    public const string CorsPolicy = "public-read";
    public const string RateLimitPolicy = "public-api";

    public static WebApplicationBuilder AddTransparencyApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var api = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        AddPublicData(builder, TimeSpan.FromSeconds(api.QueryTimeoutSeconds));

        builder.Services.AddControllers().AddOData(options =>
        {
            // Literal times in queries are UTC, as every stored timestamp is.
            options.TimeZone = TimeZoneInfo.Utc;
            options.EnableQueryFeatures(ApiLimits.MaxTop).SkipToken();
            options.Conventions.Add(new ResourcePathConvention());
            options.AddRouteComponents(RoutePrefix, PublicEdmModel.Build(), services =>
            {
                services.AddSingleton<ODataBatchHandler, ReadOnlyBatch>();
                services.AddSingleton<ISearchBinder, PublicSearchBinder>();
                services.AddSingleton<IFilterBinder, CaseInsensitiveFilterBinder>();
                services.AddSingleton<IAggregationBinder, ExactMoneyAggregationBinder>();
                services.AddSingleton<ODataUriResolver>(new StringAsEnumResolver { EnableCaseInsensitive = true });
            });
        });

        // After AddOData has put its formatters first, so that $format=csv reaches the CSV writer.
        builder.Services.PostConfigure<MvcOptions>(mvc => mvc.OutputFormatters.Insert(0, new CsvOutputFormatter()));

        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD", "OPTIONS")
            .AllowAnyHeader()
            .WithExposedHeaders("OData-Version", "Preference-Applied", "Retry-After", "Link")));

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ =>
                {
                    var options = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                    return new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.RequestsPerWindow,
                        Window = TimeSpan.FromSeconds(options.WindowSeconds),
                        QueueLimit = 0,
                    };
                }));
            // Rate-limiter options are configured in registration order: the accounts slice registers first, so
            // its handler (problem details for the portal and upload API) is kept for everything outside /odata.
            var others = limiter.OnRejected;
            limiter.OnRejected = (context, cancellationToken) =>
                context.HttpContext.Request.Path.StartsWithSegments("/odata", StringComparison.OrdinalIgnoreCase) || others is null
                    ? TooManyRequests.WriteAsync(context, cancellationToken)
                    : others(context, cancellationToken);
        });

        builder.Services.AddSingleton<EntitySetRoots>();
        builder.AddPublicApiDocuments();
        return builder;
    }

    /// <summary>
    /// Before routing, for /odata only: the protocol rules (versions, formats, error bodies), then $batch, whose parts
    /// come back through the protocol rules one by one and then through routing like any request.
    /// </summary>
    public static WebApplication UseTransparencyApiProtocol(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/" + RoutePrefix, StringComparison.OrdinalIgnoreCase),
            branch => branch.UseMiddleware<ODataProtocolMiddleware>().UseODataBatching().UseMiddleware<ODataProtocolMiddleware>());
        return app;
    }

    /// <summary>CORS sits between routing and authorisation, so preflight requests are answered before anything else.</summary>
    public static WebApplication UseTransparencyApi(this WebApplication app)
    {
        app.UseCors();
        return app;
    }

    public static WebApplication MapTransparencyApi(this WebApplication app)
    {
        app.MapControllers();
        app.MapPublicApiDocuments();
        return app;
    }

    private static void AddPublicData(WebApplicationBuilder builder, TimeSpan timeout)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var seconds = (int)Math.Ceiling(timeout.TotalSeconds);
        builder.Services.AddScoped<FundingTotalsFreshness>();
        builder.Services.AddScoped<FundingTotalsReader>();
        builder.Services.AddSingleton<IProjection, FundingTotalsProjection>();
        if (database.IsPostgres)
        {
            void Postgres(DbContextOptionsBuilder o)
            {
                DataSetup.ConfigurePostgres(o, database.ConnectionString ?? string.Empty);
                o.UseNpgsql(npgsql => npgsql.CommandTimeout(seconds)).AddInterceptors(UnnamedGroupingKeys.Instance, RoundedMoneyAverages.Instance).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            }

            builder.Services.AddDbContextPool<PostgresPublicDataContext>(Postgres);
            builder.Services.AddDbContextPool<PostgresFundingTotalsDataContext>(Postgres);
            builder.Services.AddDbContextPool<PostgresFundingAllTimeTotalsDataContext>(Postgres);
            builder.Services.AddScoped<PublicDataContext>(sp => sp.GetRequiredService<PostgresPublicDataContext>());
            builder.Services.AddScoped<FundingTotalsDataContext>(sp => sp.GetRequiredService<PostgresFundingTotalsDataContext>());
            builder.Services.AddScoped<FundingAllTimeTotalsDataContext>(sp => sp.GetRequiredService<PostgresFundingAllTimeTotalsDataContext>());
        }
        else
        {
            var deadline = new SqliteQueryDeadline(timeout);
            void Sqlite(IServiceProvider sp, DbContextOptionsBuilder o)
            {
                DataSetup.ConfigureSqlite(o, SqliteConnectionStrings.For(database.ConnectionString, sp.GetRequiredService<PortalPaths>().DataFolder));
                o.AddInterceptors(deadline, UnnamedGroupingKeys.Instance, RankedNestedPages.Instance, RoundedMoneyAverages.Instance).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            }

            builder.Services.AddDbContextPool<SqlitePublicDataContext>(Sqlite);
            builder.Services.AddDbContextPool<SqliteFundingTotalsDataContext>(Sqlite);
            builder.Services.AddDbContextPool<SqliteFundingAllTimeTotalsDataContext>(Sqlite);
            builder.Services.AddScoped<PublicDataContext>(sp => sp.GetRequiredService<SqlitePublicDataContext>());
            builder.Services.AddScoped<FundingTotalsDataContext>(sp => sp.GetRequiredService<SqliteFundingTotalsDataContext>());
            builder.Services.AddScoped<FundingAllTimeTotalsDataContext>(sp => sp.GetRequiredService<SqliteFundingAllTimeTotalsDataContext>());
        }
    }
}
