using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Accounts;

/// <summary>
/// Adds entries to the audit log: who (the signed-in user, the token, or "command line"), what, when and from
/// which address. Entries join the caller's unit of work and are written by its SaveChanges, in its transaction.
/// </summary>
public sealed class AuditTrail(TransparencyDbContext db, IHttpContextAccessor accessor, TimeProvider time)
{
    public const string CommandLineActor = "command line";

    /// <summary>Who acts in this request: the signed-in user's name, or <see cref="CommandLineActor"/> outside a request.</summary>
    public string CurrentActor() => accessor.HttpContext?.User.Identity?.Name ?? CommandLineActor;

    public void Record(string action, string subject, string? detail = null, string? actor = null)
    {
        var context = accessor.HttpContext;
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            Actor = Truncate(actor ?? context?.User.Identity?.Name ?? CommandLineActor, 256),
            Action = Truncate(action, 80),
            Subject = Truncate(subject, 300),
            Detail = detail is null ? null : Truncate(detail, 4000),
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
