using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Transparency.Web.Api.OpenApi;

/// <summary>OData writes enums by name ("Health"), so the document lists the names rather than numbers.</summary>
public sealed class EnumNamesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type.IsEnum && schema is OpenApiSchema concrete)
        {
            concrete.Type = JsonSchemaType.String;
            concrete.Format = null;
            concrete.Enum = Enum.GetNames(context.Type).Select(name => (JsonNode)JsonValue.Create(name)).ToList();
        }
    }
}
