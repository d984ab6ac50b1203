using System.Text.Json.Serialization;

namespace Transparency.Web.Api.OpenApi;

/// <summary>The shape of an OData error response, for the OpenAPI document only.</summary>
public sealed class ODataErrorBody
{
    [JsonPropertyName("error")]
    public required ODataErrorDetail Error { get; set; }
}
