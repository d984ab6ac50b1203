using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Accounts;

/// <summary>Bound from the "Accounts" configuration section.</summary>
public sealed class AccountsSettings
{
    public const string Section = "Accounts";

    [Range(1, 10_000)]
    public int SignInAttemptsPerWindow { get; set; } = 10;

    [Range(1, 86_400)]
    public int SignInWindowSeconds { get; set; } = 60;

    [Range(1, 10_000)]
    public int UploadsPerWindow { get; set; } = 30;

    [Range(1, 86_400)]
    public int UploadWindowSeconds { get; set; } = 600;

    [Range(1, 100)]
    public int MaxFailedSignInAttempts { get; set; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a sign-in lasts without activity.</summary>
    [Range(5, 1440)]
    public int SessionMinutes { get; set; } = 60;
}
