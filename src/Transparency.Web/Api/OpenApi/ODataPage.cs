using System.Text.Json.Serialization;

namespace Transparency.Web.Api.OpenApi;

/// <summary>The shape of an OData collection response, for the OpenAPI document only.</summary>
public sealed class ODataPage<T>
{
    [JsonPropertyName("@odata.context")]
    public string? Context { get; set; }

    /// <summary>The number of matching rows, when $count=true.</summary>
    [JsonPropertyName("@odata.count")]
    public long? Count { get; set; }

    /// <summary>The rows of this page.</summary>
    [JsonPropertyName("value")]
    public List<T> Value { get; set; } = [];

    /// <summary>The address of the next page; absent on the last page.</summary>
    [JsonPropertyName("@odata.nextLink")]
    public string? NextLink { get; set; }
}
