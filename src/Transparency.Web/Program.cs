using Transparency.Web;
using Transparency.Web.Cli;
using Transparency.Web.Data;
using Transparency.Web.Demo;
using Transparency.Web.Feeds;
using Transparency.Web.Health;

var builder = PortalHost.CreateBuilder(args, out var paths);
builder.AddTransparencyData(paths);
builder.AddTransparencyDemo();
builder.AddTransparencyHealth();
builder.AddTransparencyFeeds();

var app = builder.Build();
if (CommandLineSetup.IsCommand(args))
{
    return await app.RunCommandLineAsync(args);
}

await app.Services.PrepareDatabaseAsync();
await app.Services.SeedDemoWhenEmptyAsync();

app.UseStaticFiles();
app.MapTransparencyHealth();
app.MapTransparencyFeeds();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
