using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Transparency.BrowserTests;

/// <summary>
/// Collects every Content-Security-Policy violation the browser reports in a context: the page's own
/// securitypolicyviolation events (sent to the test through a binding that survives navigation) and the console's
/// "Refused to …" errors, which Chromium prints for the same violations and for those in workers.
/// </summary>
public sealed class CspWatch
{
    private const string Script = """
        document.addEventListener('securitypolicyviolation', e =>
          window.transparencyCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample}) at ${e.documentURI}:${e.lineNumber}`));
        """;

    private readonly ConcurrentQueue<string> _violations = new();

    public async Task AttachAsync(IBrowserContext context)
    {
        await context.ExposeFunctionAsync("transparencyCspViolation", (string violation) => _violations.Enqueue(violation));
        await context.AddInitScriptAsync(Script);
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _violations.Enqueue(message.Text + " at " + message.Location);
            }
        };
    }

    /// <summary>Fails with every violation reported since the last call, and forgets them.</summary>
    public void AssertNone()
    {
        var seen = new List<string>();
        while (_violations.TryDequeue(out var violation))
        {
            seen.Add(violation);
        }

        Assert.True(seen.Count == 0, "The browser reported Content-Security-Policy violations:\n" + string.Join("\n", seen.Distinct()));
    }
}
