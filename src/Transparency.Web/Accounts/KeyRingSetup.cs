using Microsoft.AspNetCore.DataProtection;
using Transparency.Web.Data;

namespace Transparency.Web.Accounts;

/// <summary>
/// Sign-in cookies and antiforgery tokens are protected with data-protection keys kept in the database, so every
/// instance on one database accepts what another issued and a load balancer needs no sticky sessions.
/// </summary>
public static class KeyRingSetup
{
    public const string ApplicationName = "Transparency";

    public static void AddTransparencyKeyRing(this IServiceCollection services) =>
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<TransparencyDbContext>();

    /// <summary>
    /// Makes sure a key exists, under the start-up lock: otherwise two instances started together would each create one
    /// at their first request, and each would refuse the other's cookies until it next read the key ring.
    /// </summary>
    public static void EnsureKeyRing(this IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Transparency.KeyRingCheck").Protect([1]);
}
