using Transparency.Web;
using Transparency.Web.Api;
using Transparency.Web.Cli;
using Transparency.Web.Data;
using Transparency.Web.Demo;
using Transparency.Web.Health;
using Transparency.Web.Insights;
using Transparency.Web.Returns;
using Transparency.Web.Site;

var builder = PortalHost.CreateBuilder(args, out var paths);
builder.AddTransparencyData(paths);
builder.AddTransparencyDemo();
builder.AddTransparencyHealth();
builder.AddTransparencyReturns();
builder.AddTransparencyInsights();
builder.AddTransparencyApi();
builder.AddTransparencySite();

var app = builder.Build();
if (CommandLineSetup.IsCommand(args))
{
    return await app.RunCommandLineAsync(args);
}

await app.Services.PrepareDatabaseAsync();
await app.Services.SeedDemoWhenEmptyAsync();
await app.Services.StartTransparencySiteAsync();

app.UseStaticFiles();
app.MapTransparencyHealth();
app.MapTransparencyReturns();
app.MapTransparencyApi();
app.MapTransparencySite();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
