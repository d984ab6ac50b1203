namespace Transparency.Web.Accounts;

/// <summary>Named rate-limiter policies: <c>[EnableRateLimiting(PortalRateLimits.Upload)]</c> or <c>.RequireRateLimiting(PortalRateLimits.Upload)</c>.</summary>
public static class PortalRateLimits
{
    /// <summary>Sign-in attempts (POST only), per client address.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Return uploads, per organisation (or per client address when there is none).</summary>
    public const string Upload = "upload";
}
