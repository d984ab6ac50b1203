using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Demo;

namespace Transparency.Web.Portal;

/// <summary>The demonstration notice every page shows while the database holds fictional data; null otherwise.</summary>
public sealed class DemonstrationNotice(TransparencyDbContext db)
{
    public async Task<string?> GetAsync(CancellationToken cancellationToken = default) =>
        await db.Settings.AsNoTracking().AnyAsync(s => s.Key == DemoMarker.SettingKey, cancellationToken) ? DemoMarker.Notice : null;
}
