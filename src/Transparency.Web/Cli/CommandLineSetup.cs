using System.CommandLine;

namespace Transparency.Web.Cli;

/// <summary>
/// The command-line verbs of the portal's one executable. They run with the same services as the web
/// host: <c>dotnet run --project src/Transparency.Web -- seed-demo --scale national</c>.
/// </summary>
public static class CommandLineSetup
{
    private static readonly Func<IServiceProvider, Command>[] Commands =
    [
        _ => CheckHealthCommand.Create(),
        BuildSiteCommand.Create,
        MigrateCommand.Create,
        SeedDemoCommand.Create,
        WriteDataStandardCommand.Create,
        CreateAdminCommand.Create,
        ImportOcdsCommand.Create,
        BuildDownloadsCommand.Create,
    ];

    /// <summary>Runs the verb (or shows help, or says which argument was not understood) with the host's services.</summary>
    public static async Task<int> RunCommandLineAsync(this WebApplication app, IReadOnlyList<string> args)
    {
        var root = new RootCommand("Transparency: the open-data portal for outsourced public services. Run without a verb to start the web portal.");
        foreach (var create in Commands)
        {
            root.Subcommands.Add(create(app.Services));
        }

        return await root.Parse([.. args]).InvokeAsync();
    }
}
