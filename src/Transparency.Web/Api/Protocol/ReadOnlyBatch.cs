using Microsoft.AspNetCore.OData.Batch;
using Microsoft.OData;

namespace Transparency.Web.Api.Protocol;

/// <summary>
/// $batch at /odata/$batch, in JSON or multipart form: up to <see cref="MaxRequests"/> requests and
/// <see cref="MaxBytes"/> bytes in one batch. Each part is run as a request of its own, with the same rules, rate
/// limit and error bodies; a part that would write is refused with 405 like any write. A batch over the limits, or
/// one that cannot be read, is refused whole with 400 (<see cref="ODataProtocolMiddleware"/> writes the error).
/// </summary>
public sealed class ReadOnlyBatch : DefaultODataBatchHandler
{
    public const int MaxRequests = 50;

    public const long MaxBytes = 1024 * 1024;

    public ReadOnlyBatch()
    {
        MessageQuotas.MaxPartsPerBatch = MaxRequests;
        MessageQuotas.MaxOperationsPerChangeset = MaxRequests;
        MessageQuotas.MaxReceivedMessageSize = MaxBytes;
        MessageQuotas.MaxNestingDepth = 2;
    }

    public override async Task<IList<ODataBatchRequestItem>> ParseBatchRequestsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentLength > MaxBytes)
        {
            throw new ODataException($"A batch may hold at most {MaxBytes / 1024} KiB; send it in smaller batches.");
        }

        var items = await base.ParseBatchRequestsAsync(context);

        // The JSON batch reader does not count parts against MaxPartsPerBatch, so the limit is checked here for both forms.
        var requests = items.Sum(item => item is ChangeSetRequestItem changeSet ? changeSet.Contexts.Count() : 1);
        if (requests > MaxRequests)
        {
            throw new ODataException($"A batch may hold at most {MaxRequests} requests, and this one has {requests}. Send them in smaller batches.");
        }

        return items;
    }
}
