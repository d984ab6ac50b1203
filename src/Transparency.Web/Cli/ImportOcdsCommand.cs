using System.CommandLine;
using Transparency.Web.Data;
using Transparency.Web.OcdsImport;

namespace Transparency.Web.Cli;

/// <summary><c>import-ocds &lt;file-or-folder&gt;</c>: organisations and contracts from OCDS release or record packages.</summary>
public static class ImportOcdsCommand
{
    public static Command Create(IServiceProvider services)
    {
        var path = new Argument<string>("path") { Description = "An OCDS .json file, or a folder searched for .json files." };
        var command = new Command("import-ocds",
            "Create or update commissioners, providers and contracts from OCDS release packages, each file in its own transaction, with a report per file. " +
            "Importing the same files again changes nothing. Exits with 1 when anything was skipped.") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().MigrateAsync(cancellationToken);
            var report = await scope.ServiceProvider.GetRequiredService<OcdsImporter>().ImportAsync(parse.GetValue(path)!, cancellationToken);
            Console.WriteLine(report);
            if (report.SkippedAnything)
            {
                await Console.Error.WriteLineAsync(report.Problem is not null
                    ? "Nothing was imported."
                    : "Some of it was not imported: the report above says what was skipped and why. Everything else was imported.");
                return 1;
            }

            return 0;
        });
        return command;
    }
}
