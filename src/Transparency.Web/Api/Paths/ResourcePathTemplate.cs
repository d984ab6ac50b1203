using Microsoft.AspNetCore.OData.Routing;
using Microsoft.AspNetCore.OData.Routing.Template;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api.Paths;

/// <summary>
/// The route template behind every resource path the library's own routes do not serve: properties and their
/// /$value, navigation (at any depth) with /$count and /$ref, named keys such as <c>Contracts(Id=1)</c>, keys on the
/// insight sets, and anything malformed or unknown. It matches any path under /odata with the lowest precedence of
/// the OData routes and parses it with the OData URI parser against the model, so the action receives the same
/// <see cref="ODataPath"/> a library route would give. A path that does not parse still matches: the parser's
/// complaint is kept for the action to answer as an OData error, so no /odata address ever reaches the site's 404 page.
/// </summary>
public sealed class ResourcePathTemplate : ODataSegmentTemplate
{
    public const string ErrorItem = "Transparency.Api.PathError";
    private const string Parameter = "odataPath";

    public override IEnumerable<string> GetTemplates(ODataRouteOptions options)
    {
        yield return $"/{{**{Parameter}}}";
    }

    public override bool TryTranslate(ODataTemplateTranslateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.RouteValues.TryGetValue(Parameter, out var value) ? value as string : null;
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        try
        {
            var parser = new ODataUriParser(context.Model, new Uri(Escape(path), UriKind.Relative))
            {
                Resolver = new StringAsEnumResolver { EnableCaseInsensitive = true },
                UrlKeyDelimiter = ODataUrlKeyDelimiter.Slash,
            };
            foreach (var segment in parser.ParsePath())
            {
                context.Segments.Add(segment);
            }
        }
        catch (ODataException error)
        {
            context.HttpContext.Items[ErrorItem] = error;
        }

        return true;
    }

    // Route values arrive unescaped; the parser wants a URI, so characters that mean something in one go back in escaped.
    private static string Escape(string path) =>
        string.Join('/', path.Split('/').Select(part => Uri.EscapeDataString(part).Replace("%28", "(", StringComparison.Ordinal)
            .Replace("%29", ")", StringComparison.Ordinal).Replace("%27", "'", StringComparison.Ordinal).Replace("%3D", "=", StringComparison.Ordinal)
            .Replace("%2C", ",", StringComparison.Ordinal).Replace("%24", "$", StringComparison.Ordinal)));
}
