using System.Text.Json;
using Transparency.Web.Data;
using Transparency.Web.Feeds.Downloads;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>Every contract as one OCDS record package, streamed a batch of contracts at a time.</summary>
public sealed class OcdsBulkWriter(TransparencyDbContext db, FeedsOptions options)
{
    private const int BatchSize = 500;

    public async Task WriteRecordPackageAsync(Stream stream, DateTime builtAt, CancellationToken cancellationToken)
    {
        var loader = new OcdsLoader(db);
        var packages = new OcdsPackageWriter(options);
        var ids = await loader.AllContractIdsAsync(cancellationToken);
        await using var json = new Utf8JsonWriter(stream, TableOutputs.JsonOptions);
        packages.WriteRecordPackageStart(json, "/downloads/" + DownloadsBuilder.OcdsRecordsPath, builtAt, contractReferences: null);
        foreach (var batch in ids.Chunk(BatchSize))
        {
            foreach (var contract in await loader.LoadAsync(batch, cancellationToken))
            {
                packages.WriteRecord(json, contract);
            }

            await json.FlushAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
