namespace Transparency.Web.Domain;

/// <summary>One action taken in the portal: who did what, to what, when and from where. Never updated.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string Subject { get; set; }

    public string? Detail { get; set; }

    public string? IpAddress { get; set; }
}
