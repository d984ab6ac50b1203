namespace Transparency.Web.Demo;

/// <summary>Bound from the "Demo" configuration section.</summary>
public sealed class DemoSettings
{
    public const string Section = "Demo";

    /// <summary>Load the fictional demonstration data when the portal starts on an empty database.</summary>
    public bool SeedWhenEmpty { get; set; } = true;
}
