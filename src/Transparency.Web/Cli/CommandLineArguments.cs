namespace Transparency.Web.Cli;

/// <summary>
/// The executable's arguments split into configuration settings (<c>--Storage:DataFolder=/srv/data</c>,
/// <c>--urls http://127.0.0.1:8080</c>) and everything else (a verb and its options). Settings may stand
/// before or after the verb; whatever is not a setting goes to the verb parser, so an argument nobody
/// understands is reported by it and never starts the web host.
/// </summary>
public sealed record CommandLineArguments(IReadOnlyList<string> Settings, IReadOnlyList<string> Verb)
{
    /// <summary>Host settings without a section, as ASP.NET Core documents them.</summary>
    private static readonly HashSet<string> HostKeys = new(["urls", "environment", "contentRoot", "applicationName", "http_ports", "https_ports"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the portal should run a verb (or show help or an error) rather than start the web host.</summary>
    public bool IsCommand => Verb.Count > 0;

    public static CommandLineArguments Parse(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var verb = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!IsSetting(arg))
            {
                verb.Add(arg);
                continue;
            }

            settings.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                settings.Add(args[++i]);
            }
            else if (!arg.Contains('=', StringComparison.Ordinal))
            {
                // "--Storage:DataFolder" with nothing after it: let the verb parser say what is wrong.
                settings.RemoveAt(settings.Count - 1);
                verb.Add(arg);
            }
        }

        return new CommandLineArguments(settings, verb);
    }

    /// <summary>
    /// A setting names a configuration key with a section (a colon) or a host key; "--Storage=" with nothing after
    /// the equals sign is a section on its own (the test host passes those).
    /// </summary>
    private static bool IsSetting(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = arg[2..].Split('=', 2);
        var key = parts[0];
        return key.Length > 0 && (key.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(key) || parts is [_, ""]);
    }
}
