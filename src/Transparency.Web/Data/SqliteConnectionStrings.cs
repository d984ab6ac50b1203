using Microsoft.Data.Sqlite;

namespace Transparency.Web.Data;

public static class SqliteConnectionStrings
{
    public const string FileName = "transparency.db";

    /// <summary>The configured SQLite connection string, or the default file in the data folder.</summary>
    public static string For(string? configured, string dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(dataFolder, FileName)}"
            : configured)
        {
            // Writers queue behind each other instead of failing at once with "database is locked".
            DefaultTimeout = 30,
        };

        var file = builder.DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
