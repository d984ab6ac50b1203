using System.Text.Json;
using System.Text.Json.Serialization;

namespace Transparency.Web.Domain;

/// <summary>Writes a quarter as its label, "2025-26 Q2", and reads it back with the same rules as <see cref="Quarter.Parse"/>.</summary>
public sealed class QuarterJsonConverter : JsonConverter<Quarter>
{
    public override Quarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return Quarter.TryParse(text, out var quarter, out var error) ? quarter : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, Quarter value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
