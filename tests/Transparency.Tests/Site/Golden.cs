using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Transparency.Tests.Site;

/// <summary>
/// Compares output with a file under Site/Golden. Set UPDATE_GOLDEN=1 to write the files after a deliberate change.
/// Assets' version queries are written as <c>?v=…</c>, so a change to a stylesheet does not change every golden page.
/// </summary>
public static partial class Golden
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        actual = AssetVersion().Replace(actual, "?v=…");
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No golden file {path}: run with UPDATE_GOLDEN=1 once and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [GeneratedRegex(@"\?v=[A-Za-z0-9_-]{43}")]
    private static partial Regex AssetVersion();
}
