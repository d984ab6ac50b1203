using System.CommandLine;

namespace Transparency.Web.Cli;

/// <summary>
/// Asks a running portal's health endpoint and exits 0 only when it answers 200. The container's HEALTHCHECK uses it,
/// so the runtime image needs no curl. It runs before the host is built (see Program.cs): no services, no database,
/// no data folder, just one HTTP request, so a probe every 30 seconds costs a process start and nothing more.
/// </summary>
public static class CheckHealthCommand
{
    public const string Verb = "check-health";

    public static bool Handles(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Verb;

    public static Task<int> RunAsync(IReadOnlyList<string> args) => new RootCommand { Create() }.Parse(args).InvokeAsync();

    /// <summary>The command, also listed with the other verbs in --help; it uses no service.</summary>
    public static Command Create()
    {
        var url = new Option<string>("--url")
        {
            Description = "The health endpoint to ask: /health/live for a liveness probe, /health/ready for readiness.",
            DefaultValueFactory = _ => "http://127.0.0.1:8080/health/live",
        };
        var command = new Command(Verb, "Exit 0 when the portal at --url reports itself healthy.") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var address))
            {
                await Console.Error.WriteLineAsync($"'{parse.GetValue(url)}' is not an absolute URL. Give one like http://127.0.0.1:8080/health/live.");
                return 2;
            }

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await client.GetAsync(address, cancellationToken);
                Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (HttpRequestException error)
            {
                await Console.Error.WriteLineAsync($"The portal did not answer: {error.Message}");
                return 1;
            }
            catch (TaskCanceledException)
            {
                await Console.Error.WriteLineAsync("The portal did not answer within 5 seconds.");
                return 1;
            }
        });
        return command;
    }
}
