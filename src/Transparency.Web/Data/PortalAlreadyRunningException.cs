namespace Transparency.Web.Data;

/// <summary>Another portal process holds a lock this one needs; the message says which and what to do.</summary>
public sealed class PortalAlreadyRunningException(string lockFile, bool postgres) : Exception(postgres
    ? $"Another portal process is already running with this data folder ({Path.GetDirectoryName(lockFile)}). Each instance needs a data folder of its own: set Storage:DataFolder. See 'Running several instances' in the README."
    : $"Another portal process is already running on this SQLite database or data folder (lock file {lockFile}). SQLite serves one portal process at a time: stop the other one, or use PostgreSQL for several instances (README, 'Running several instances').");
