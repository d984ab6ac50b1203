namespace Transparency.Web.Data;

/// <summary>Where the portal keeps its files. Bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>
    /// The data folder: the embedded database, uploaded originals and the built site. A relative path is
    /// taken from the repository root (the folder holding content/ and wwwroot/).
    /// </summary>
    public string DataFolder { get; set; } = "data";
}
