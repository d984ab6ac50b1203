using Transparency.Web.Data;

namespace Transparency.Web.Returns.Workflow;

/// <summary>
/// Keeps uploaded originals in the uploads folder, outside wwwroot, under names the server chooses, so nothing
/// a provider names a file can reach a path or be served as a page.
/// </summary>
public sealed class OriginalFileStore(PortalPaths paths)
{
    public async Task<string> SaveAsync(OriginalFile file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.UploadsFolder);
        var name = $"{Guid.NewGuid():N}{file.Extension}";
        await File.WriteAllBytesAsync(PathOf(name), file.Content, cancellationToken);
        return name;
    }

    public async Task<byte[]?> ReadAsync(string? storedName, CancellationToken cancellationToken)
    {
        var path = storedName is null ? null : PathOf(storedName);
        return path is not null && File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public void Delete(string storedName)
    {
        var path = PathOf(storedName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string storedName)
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
