namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// A fault-injection hook for the crash tests: with <c>Testing:FailDownloadsBeforeSwitch</c> set, in the Testing
/// environment only, every build fails after writing its parts and before switching to its manifest, as a process
/// killed at that moment would leave things. Everywhere else it does nothing.
/// </summary>
public sealed class DownloadsFaults(bool failBeforeSwitch)
{
    public static DownloadsFaults None { get; } = new(false);

    public static DownloadsFaults From(IConfiguration configuration, IHostEnvironment environment) =>
        new(environment.IsEnvironment("Testing") && configuration.GetValue<bool>("Testing:FailDownloadsBeforeSwitch"));

    public void BeforeManifestSwitch()
    {
        if (failBeforeSwitch)
        {
            throw new InvalidOperationException("Testing:FailDownloadsBeforeSwitch is set: the build stops before switching to its manifest.");
        }
    }
}
