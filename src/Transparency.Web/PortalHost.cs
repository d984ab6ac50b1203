using Transparency.Web.Cli;
using Transparency.Web.Data;

namespace Transparency.Web;

/// <summary>Creates the host builder with the repository's shared wwwroot, wherever the process was started from.</summary>
public static class PortalHost
{
    public static WebApplicationBuilder CreateBuilder(CommandLineArguments args, out PortalPaths paths)
    {
        var root = PortalPaths.FindRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Settings are configuration wherever they stand; verbs and their options are parsed by System.CommandLine.
            Args = [.. args.Settings],
            WebRootPath = Path.Combine(root, "wwwroot"),
        });
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        paths = new PortalPaths(builder.Configuration["Portal:Root"] ?? root, storage.DataFolder);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole();
        }

        return builder;
    }
}
