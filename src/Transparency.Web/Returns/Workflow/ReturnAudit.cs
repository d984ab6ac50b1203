using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

/// <summary>The audit entries the returns workflow writes, always in the same transaction as the change they record.</summary>
public static class ReturnAudit
{
    public const string Upload = "return.upload";
    public const string Publish = "return.publish";
    public const string Restate = "return.restate";
    public const string Withdraw = "return.withdraw";

    public static AuditEntry Entry(string action, ReturnVersion version, QuarterlyReturn quarterlyReturn, string actor, string? ipAddress, DateTime at, string detail) => new()
    {
        At = at,
        Actor = Truncate(actor, 256),
        Action = action,
        Subject = $"return-version/{version.Id} (organisation {quarterlyReturn.ProviderId}, {quarterlyReturn.Quarter})",
        Detail = Truncate(detail, 4000),
        IpAddress = ipAddress is null ? null : Truncate(ipAddress, 64),
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
