using System.Diagnostics;

namespace Transparency.Tests.Infrastructure;

/// <summary>Runs the portal's real executable with a verb, against a test database, and captures what it prints.</summary>
public static class PortalProcess
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = database.DataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Transparency.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["Storage__DataFolder"] = database.DataFolder;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Demo__SeedWhenEmpty"] = "false";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the portal executable.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', args)}' did not finish within 2 minutes and was stopped.");
        }
        return (process.ExitCode, await output, await error);
    }
}
