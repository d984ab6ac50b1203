using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Transparency.Web.Data;

/// <summary>
/// One portal process per data folder, and per SQLite file. The site and bulk files in a data folder are written by
/// that folder's portal alone, and SQLite serves one portal process (several instances need PostgreSQL, each with
/// a data folder of its own). Held as exclusive locks on <c>portal.lock</c> in the data folder and on
/// <c>&lt;database&gt;.portal.lock</c> beside a SQLite file, released when the process ends however it ends. Hosts
/// inside one process (the test suite's) share the locks.
/// </summary>
public sealed class PortalInstanceLock : IDisposable
{
    private static readonly Dictionary<string, (FileStream Stream, int Count)> Held = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    private readonly IReadOnlyList<string> _paths;

    private PortalInstanceLock(IReadOnlyList<string> paths) => _paths = paths;

    /// <summary>The lock files of this configuration: the data folder's, and the SQLite file's when the engine is SQLite.</summary>
    public static IReadOnlyList<string> PathsFor(PortalPaths paths, DatabaseOptions database)
    {
        var files = new List<string> { Path.Combine(paths.DataFolder, "portal.lock") };
        if (!database.IsPostgres)
        {
            var file = new SqliteConnectionStringBuilder(SqliteConnectionStrings.For(database.ConnectionString, paths.DataFolder)).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:")
            {
                files.Add(Path.GetFullPath(file) + ".portal.lock");
            }
        }

        return files;
    }

    /// <summary>Takes every lock, or throws <see cref="PortalAlreadyRunningException"/> naming what another process holds.</summary>
    public static PortalInstanceLock Acquire(IServiceProvider services)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var paths = PathsFor(services.GetRequiredService<PortalPaths>(), database);
        var taken = new List<string>();
        try
        {
            foreach (var path in paths)
            {
                Take(path);
                taken.Add(path);
            }
        }
        catch (IOException)
        {
            foreach (var path in taken)
            {
                Release(path);
            }

            throw new PortalAlreadyRunningException(paths[taken.Count], database.IsPostgres);
        }

        return new PortalInstanceLock(paths);
    }

    /// <summary>For the web host: the locks, or a plain message and exit code 1 when another process holds one.</summary>
    public static PortalInstanceLock HoldOrExit(IServiceProvider services)
    {
        try
        {
            return Acquire(services);
        }
        catch (PortalAlreadyRunningException error)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger<PortalInstanceLock>().LogCritical("{Message}", error.Message);
            Console.Error.WriteLine(error.Message);
            Environment.Exit(1);
            throw;
        }
    }

    /// <summary>True when a portal in another process holds the lock of this data folder or SQLite file.</summary>
    public static bool IsHeldElsewhere(IServiceProvider services)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        foreach (var path in PathsFor(services.GetRequiredService<PortalPaths>(), database))
        {
            lock (Gate)
            {
                if (Held.ContainsKey(path))
                {
                    continue;
                }
            }

            try
            {
                Take(path);
                Release(path);
            }
            catch (IOException)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        foreach (var path in _paths)
        {
            Release(path);
        }
    }

    private static void Take(string path)
    {
        lock (Gate)
        {
            if (Held.TryGetValue(path, out var held))
            {
                Held[path] = (held.Stream, held.Count + 1);
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Held[path] = (new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), 1);
        }
    }

    private static void Release(string path)
    {
        lock (Gate)
        {
            if (!Held.TryGetValue(path, out var held))
            {
                return;
            }

            if (held.Count > 1)
            {
                Held[path] = (held.Stream, held.Count - 1);
                return;
            }

            held.Stream.Dispose();
            Held.Remove(path);
        }
    }
}
