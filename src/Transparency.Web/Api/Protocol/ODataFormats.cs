using Microsoft.Net.Http.Headers;

namespace Transparency.Web.Api.Protocol;

/// <summary>
/// Which formats each kind of answer comes in, and whether a request's <c>$format</c> or <c>Accept</c> allows one
/// of them. Data comes as JSON or CSV; the model ($metadata) as CSDL XML or CSDL JSON; counts and raw values as
/// plain text. A request that allows none of its answer's formats gets 406 rather than JSON it did not ask for.
/// </summary>
public static class ODataFormats
{
    public const string Json = "application/json";
    public const string Xml = "application/xml";
    public const string Csv = "text/csv";
    public const string Text = "text/plain";

    public enum Answer
    {
        Data,
        Metadata,
        Raw,
        Batch,
    }

    public static Answer KindOf(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        var last = path.TrimEnd('/').Split('/')[^1];
        return last switch
        {
            "$metadata" => Answer.Metadata,
            "$batch" => Answer.Batch,
            "$count" or "$value" => Answer.Raw,
            _ => Answer.Data,
        };
    }

    /// <summary>The media types the answer can take, most preferred first.</summary>
    public static string[] Offered(Answer kind) => kind switch
    {
        Answer.Metadata => [Xml, Json],
        // Counts and values are plain text; clients that send Accept: application/json for every request still get them.
        Answer.Raw => [Text, Json, "application/octet-stream"],
        Answer.Batch => ["multipart/mixed", Json],
        _ => [Json, Csv],
    };

    /// <summary>The media type <c>$format</c> names (json, csv, xml or a full media type), or null when there is none.</summary>
    public static string? Format(HttpRequest request)
    {
        var format = request.Query["$format"].ToString().Trim();
        if (format.Length == 0)
        {
            return null;
        }

        var type = format.Split(';', 2)[0].Trim().ToLowerInvariant();
        return type switch
        {
            "json" => Json,
            "csv" => Csv,
            "xml" => Xml,
            "atom" => "application/atom+xml",
            _ => type,
        };
    }

    /// <summary>Null when the request allows one of the answer's formats, otherwise what to say in the 406.</summary>
    public static string? Refusal(HttpRequest request)
    {
        var kind = KindOf(request);
        var offered = Offered(kind);
        var readable = string.Join(", ", offered.Take(2));
        if (Format(request) is { } format)
        {
            return offered.Contains(format, StringComparer.Ordinal) || (kind == Answer.Raw)
                ? null
                : $"$format={request.Query["$format"]} is not available here. This answer comes as {readable}: use $format={Short(offered[0])} or $format={Short(offered[1])}.";
        }

        if (kind == Answer.Batch || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return null;
        }

        foreach (var range in accepted.Where(a => a.Quality is not 0))
        {
            var media = range.MediaType.Value ?? string.Empty;
            if (media == "*/*" || offered.Any(o => Matches(media, o)))
            {
                return null;
            }
        }

        return $"Accept: {request.Headers.Accept} allows none of the formats of this answer, which comes as {readable}. Accept one of those, or */*.";
    }

    /// <summary>Whether the client prefers the model as CSDL JSON: it accepts JSON and not XML, or JSON with a higher weight.</summary>
    public static bool PrefersJsonModel(HttpRequest request)
    {
        if (Format(request) is not null || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double Weight(string type) => accepted.Where(a => a.MediaType.Value == type).Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        var json = Weight(Json);
        return json > 0 && json > Weight(Xml);
    }

    private static bool Matches(string range, string type) =>
        range.EndsWith("/*", StringComparison.Ordinal) ? type.StartsWith(range[..^1], StringComparison.OrdinalIgnoreCase) : range.Equals(type, StringComparison.OrdinalIgnoreCase);

    private static string Short(string type) => type switch
    {
        Json => "json",
        Csv => "csv",
        Xml => "xml",
        _ => type,
    };
}
