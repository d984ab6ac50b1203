using Transparency.Web;
using Transparency.Web.Accounts;
using Transparency.Web.Administration;
using Transparency.Web.Api;
using Transparency.Web.Cli;
using Transparency.Web.Data;
using Transparency.Web.Demo;
using Transparency.Web.Feeds;
using Transparency.Web.Health;
using Transparency.Web.Hosting;
using Transparency.Web.Insights;
using Transparency.Web.OcdsImport;
using Transparency.Web.PerformanceNotices;
using Transparency.Web.Portal;
using Transparency.Web.Publication;
using Transparency.Web.Returns;
using Transparency.Web.Site;

var arguments = CommandLineArguments.Parse(args);
if (CheckHealthCommand.Handles(arguments.Verb))
{
    return await CheckHealthCommand.RunAsync(arguments.Verb);
}

var builder = PortalHost.CreateBuilder(arguments, out var paths);
builder.AddTransparencyHosting();
builder.AddTransparencyData(paths);
builder.AddTransparencyDemo();
builder.AddTransparencyHealth();
builder.AddTransparencyPublication();
builder.AddTransparencyAccounts();
builder.AddTransparencyAdministration();
builder.AddTransparencyOcdsImport();
builder.AddTransparencyReturns();
builder.AddTransparencyInsights();
builder.AddTransparencyPerformanceNotices();
builder.AddTransparencyApi();
builder.AddTransparencyPortal();
builder.AddTransparencySite();
builder.AddTransparencyFeeds();

var app = builder.Build();
if (arguments.IsCommand)
{
    return await app.RunCommandLineAsync(arguments.Verb);
}

using var instanceLock = PortalInstanceLock.HoldOrExit(app.Services);
await using (await app.Services.AcquireStartupLockAsync())
{
    await app.Services.PrepareDatabaseAsync();
    await app.Services.SeedDemoWhenEmptyAsync();
    await app.EnsureDemoAccountsAsync();
    app.Services.EnsureKeyRing();
}

await app.Services.StartTransparencySiteAsync();

app.UseTransparencyHosting();
app.UseTransparencyReturns();
app.UseTransparencyFeeds();
app.UseTransparencyApiProtocol();
app.UseRouting();
app.UseTransparencyApi();
app.UseTransparencyAccounts();
app.UseTransparencyBulkheads();
app.MapTransparencyHosting();
app.MapTransparencyHealth();
app.MapTransparencyAccounts();
app.MapTransparencyReturns();
app.MapTransparencyApi();
app.MapTransparencyPortal();
app.MapTransparencySite();
app.MapTransparencyFeeds();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
