using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Data;

/// <summary>Which engine holds the data, and where. Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (the embedded default) or "Postgres".</summary>
    [Required]
    [RegularExpression("^(?i)(sqlite|postgres|postgresql)$", ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// For Postgres, an Npgsql connection string (required). For SQLite, optional: when empty the database
    /// is the file transparency.db in the data folder.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the portal starts (on by default; turn off where a release process migrates).</summary>
    public bool MigrateOnStart { get; set; } = true;

    public bool IsPostgres => Provider.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);
}
