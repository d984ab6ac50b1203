using System.CommandLine;
using Transparency.Web.Data;
using Transparency.Web.Returns.Standard;

namespace Transparency.Web.Cli;

public static class WriteDataStandardCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("write-data-standard", "Rewrite content/data-standard.md from the return data standard's definitions.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var path = Path.Combine(services.GetRequiredService<PortalPaths>().ContentFolder, DataStandardMarkdown.RelativePath);
            await File.WriteAllTextAsync(path, DataStandardMarkdown.Render(), cancellationToken);
            Console.WriteLine($"Wrote {path}.");
            return 0;
        });
        return command;
    }
}
