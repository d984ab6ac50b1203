using System.Text.Json.Serialization;

namespace Transparency.Web.Api.OpenApi;

/// <summary>What went wrong, and what to do about it.</summary>
public sealed class ODataErrorDetail
{
    [JsonPropertyName("code")]
    public required string Code { get; set; }

    [JsonPropertyName("message")]
    public required string Message { get; set; }
}
