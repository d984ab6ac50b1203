using System.Globalization;

namespace Transparency.Web.Api.Protocol;

/// <summary>
/// The protocol versions the service speaks (4.0 and 4.01) and how a request's OData-Version and OData-MaxVersion
/// headers are judged. The library answers 4.01 when the client allows it and 4.0 otherwise; errors written
/// outside the library follow the same rule.
/// </summary>
public static class ODataVersions
{
    public const string Version = "OData-Version";
    public const string MaxVersion = "OData-MaxVersion";

    public static string ResponseVersion(HttpRequest request) =>
        Parse(request.Headers[MaxVersion].ToString()) is >= 4.01m ? "4.01" : "4.0";

    /// <summary>Why the request's version headers cannot be served, with the status to answer, or null when they can.</summary>
    public static (int Status, string Message)? Problem(HttpRequest request)
    {
        var version = request.Headers[Version].ToString();
        if (version.Length > 0 && Parse(version) is not (4.0m or 4.01m))
        {
            return (StatusCodes.Status400BadRequest,
                $"This service speaks OData 4.0 and 4.01, not '{version}'. Send OData-Version: 4.0 or 4.01, or leave the header out.");
        }

        var max = request.Headers[MaxVersion].ToString();
        if (max.Length == 0)
        {
            return null;
        }

        return Parse(max) switch
        {
            null => (StatusCodes.Status400BadRequest, $"OData-MaxVersion must be a version number such as 4.0, not '{max}'."),
            < 4.0m => (StatusCodes.Status406NotAcceptable,
                $"This service answers in OData 4.0 or 4.01 only, and OData-MaxVersion {max} allows neither. Send OData-MaxVersion: 4.0 or higher."),
            _ => null,
        };
    }

    private static decimal? Parse(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
