using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// Keeps uploaded originals in the database (<see cref="StoredFile"/>) under names the server chooses, so nothing a
/// provider names a file can reach a path or be served as a page, and every instance on one database sees every
/// upload. Originals stored in the uploads folder by earlier versions of the portal are still read from there.
/// </summary>
public sealed class OriginalFileStore(TransparencyDbContext db, PortalPaths paths, TimeProvider clock)
{
    public async Task<string> SaveAsync(OriginalFile file, CancellationToken cancellationToken)
    {
        var stored = new StoredFile
        {
            Name = $"{Guid.NewGuid():N}{file.Extension}",
            Content = file.Content,
            Bytes = file.Content.Length,
            StoredAt = clock.GetUtcNow().UtcDateTime,
        };
        db.StoredFiles.Add(stored);
        await db.SaveChangesAsync(cancellationToken);

        // The bytes are the caller's; the context need not keep them for the rest of the request.
        db.Entry(stored).State = EntityState.Detached;
        return stored.Name;
    }

    public async Task<byte[]?> ReadAsync(string? storedName, CancellationToken cancellationToken)
    {
        if (storedName is null)
        {
            return null;
        }

        var content = await db.StoredFiles.AsNoTracking().Where(f => f.Name == storedName).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);
        if (content is not null)
        {
            return content;
        }

        var legacy = LegacyPathOf(storedName);
        return File.Exists(legacy) ? await File.ReadAllBytesAsync(legacy, cancellationToken) : null;
    }

    public async Task DeleteAsync(string storedName, CancellationToken cancellationToken)
    {
        await db.StoredFiles.Where(f => f.Name == storedName).ExecuteDeleteAsync(cancellationToken);
    }

    private string LegacyPathOf(string storedName)
    {
        // Stored names are ours (a GUID and an extension), but a tampered database row must not reach outside the folder.
        var name = Path.GetFileName(storedName);
        if (name != storedName || name.Length == 0)
        {
            throw new InvalidOperationException($"'{storedName}' is not a stored file name.");
        }

        return Path.Combine(paths.UploadsFolder, name);
    }
}
