namespace Transparency.Web.Accounts;

/// <summary>The two kinds of account. Provider users (and API tokens) act for one organisation; administrators for none.</summary>
public static class PortalRoles
{
    public const string Administrator = "administrator";

    public const string Provider = "provider";

    public static readonly IReadOnlyList<string> All = [Administrator, Provider];
}
