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

    private static readonly string[] HelpOptions = ["--help", "-h", "-?", "--version"];

    /// <summary>True when the first argument is a verb or a request for help, rather than a host option such as --urls.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || HelpOptions.Contains(args[0], StringComparer.OrdinalIgnoreCase));

    public static async Task<int> RunCommandLineAsync(this WebApplication app, string[] args)
    {
        var root = new RootCommand("Transparency: the open-data portal for outsourced public services. Run without a verb to start the web portal.");
        foreach (var create in Commands)
        {
            root.Subcommands.Add(create(app.Services));
        }

        return await root.Parse(args).InvokeAsync();
    }
}
