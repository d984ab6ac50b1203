using System.Linq.Expressions;
using Transparency.Web.Domain;

namespace Transparency.Web.PublicRecord;

/// <summary>
/// What is public, decided here once: a return's <see cref="Current"/> version is its published figures, and its
/// <see cref="Replaced"/> versions are the public history of corrections. Drafts and withdrawn versions are never
/// public. Every read path (API, site, downloads, feeds, insights) asks this type, as a constant an engine
/// compares with (so each query's SQL stays the same), as an expression to filter versions with, or in memory.
/// </summary>
public static class PublicStatus
{
    /// <summary>The one version of a return whose figures count: its latest publication.</summary>
    public const ReturnVersionStatus Current = ReturnVersionStatus.Published;

    /// <summary>A version a correction replaced: still public, as history, but no longer counted.</summary>
    public const ReturnVersionStatus Replaced = ReturnVersionStatus.Superseded;

    /// <summary>How the status is stored (enums are stored by name), for the SQL views written by hand.</summary>
    public static string CurrentSql { get; } = $"'{Current}'";

    public static string ReplacedSql { get; } = $"'{Replaced}'";

    public static readonly Expression<Func<ReturnVersion, bool>> IsCurrentVersion = v => v.Status == Current;

    /// <summary>Current or replaced: every version the public may read.</summary>
    public static bool IsPublic(ReturnVersionStatus status) => status is Current or Replaced;
}
