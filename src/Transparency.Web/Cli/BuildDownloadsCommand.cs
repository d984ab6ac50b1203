using System.CommandLine;
using System.Globalization;
using Transparency.Web.Data;
using Transparency.Web.Feeds.Downloads;

namespace Transparency.Web.Cli;

public static class BuildDownloadsCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("build-downloads", "Rebuild the bulk files under data/downloads (CSV, JSON, OCDS, 360Giving, datapackage.json) from the published data, then exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            if (PortalInstanceLock.IsHeldElsewhere(services))
            {
                await Console.Error.WriteLineAsync("The portal is running on this data folder and keeps its bulk files up to date itself. Stop it first to rebuild them from here.");
                return 1;
            }

            using var held = PortalInstanceLock.Acquire(services);
            var started = TimeProvider.System.GetTimestamp();
            var build = await services.GetRequiredService<DownloadsBuilder>().BuildAsync(cancellationToken);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {build.Files.Count} files, {build.Files.Sum(f => f.Bytes) / (1024.0 * 1024):N1} MiB ({build.Files.Sum(f => f.GzipBytes ?? 0) / (1024.0 * 1024):N1} MiB gzipped), in {elapsed.TotalSeconds:N1} s, into {build.Folder}."));
            return 0;
        });
        return command;
    }
}
