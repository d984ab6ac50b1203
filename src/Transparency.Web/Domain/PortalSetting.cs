namespace Transparency.Web.Domain;

/// <summary>A named setting an administrator can change at run time, such as the deadline rule.</summary>
public class PortalSetting
{
    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTime UpdatedAt { get; set; }
}
