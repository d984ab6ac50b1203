namespace Transparency.Web.Publication;

/// <summary>
/// A fault-injection hook for the crash tests: with <c>Testing:KillAfterPublicationCommit</c> set, in the Testing
/// environment only, the process kills itself right after a publication commits and before any projection has
/// seen it, as `kill -9` would. Everywhere else it does nothing.
/// </summary>
public sealed class PublicationFaults(bool killAfterCommit)
{
    public static PublicationFaults None { get; } = new(false);

    public static PublicationFaults From(IConfiguration configuration, IHostEnvironment environment) =>
        new(environment.IsEnvironment("Testing") && configuration.GetValue<bool>("Testing:KillAfterPublicationCommit"));

    public void AfterPublicationCommitted()
    {
        if (killAfterCommit)
        {
            Console.Error.WriteLine("Testing:KillAfterPublicationCommit is set: killing the process after the commit.");
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    }
}
