using Microsoft.AspNetCore.OData.Batch;

namespace Transparency.Web.Api.Protocol;

/// <summary>
/// $batch at /odata/$batch, in JSON or multipart form: up to <see cref="MaxRequests"/> GET requests and
/// <see cref="MaxBytes"/> bytes in one batch. Each part is run as a request of its own, with the same rules, rate
/// limit and error bodies; a part that would write is refused with 405 like any write.
/// </summary>
public static class ReadOnlyBatch
{
    public const int MaxRequests = 50;

    public const long MaxBytes = 1024 * 1024;

    public static ODataBatchHandler Create()
    {
        var handler = new DefaultODataBatchHandler();
        handler.MessageQuotas.MaxPartsPerBatch = MaxRequests;
        handler.MessageQuotas.MaxOperationsPerChangeset = MaxRequests;
        handler.MessageQuotas.MaxReceivedMessageSize = MaxBytes;
        handler.MessageQuotas.MaxNestingDepth = 2;
        return handler;
    }
}
