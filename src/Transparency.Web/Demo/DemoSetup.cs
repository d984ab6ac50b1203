using Microsoft.Extensions.Options;

namespace Transparency.Web.Demo;

/// <summary>Loads the demonstration data on first run, when the database is empty and the setting allows it.</summary>
public static class DemoSetup
{
    public static WebApplicationBuilder AddTransparencyDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoSettings>().BindConfiguration(DemoSettings.Section);
        builder.Services.AddScoped<DemoSeeder>();
        return builder;
    }

    public static async Task SeedDemoWhenEmptyAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        if (!scope.ServiceProvider.GetRequiredService<IOptions<DemoSettings>>().Value.SeedWhenEmpty)
        {
            return;
        }

        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        if (await seeder.IsEmptyAsync(cancellationToken))
        {
            var report = await seeder.SeedAsync(new DemoOptions(), cancellationToken);
            scope.ServiceProvider.GetRequiredService<ILogger<DemoSeeder>>()
                .LogInformation("Loaded fictional demonstration data: {Rows} rows in {Seconds:0.0} s", report.Rows, report.Elapsed.TotalSeconds);
        }
    }
}
