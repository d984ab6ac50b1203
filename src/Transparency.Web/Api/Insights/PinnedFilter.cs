using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace Transparency.Web.Api.Insights;

/// <summary>
/// The text a request's <c>$filter</c> pins a property to with <c>Property eq 'text'</c>, alone or joined to other
/// conditions by <c>and</c>; null when the filter does not pin it (no filter, <c>or</c>, another operator, a parse error).
/// Callers use it only to leave out work whose rows the filter would drop anyway: the whole filter is still applied
/// afterwards, so the answer is the same either way.
/// </summary>
internal static class PinnedFilter
{
    public static string? Text(HttpRequest request, string property)
    {
        var feature = request.ODataFeature();
        if (feature.Model is null || feature.Path is null || !request.Query.TryGetValue("$filter", out var filter))
        {
            return null;
        }

        try
        {
            var parser = new ODataQueryOptionParser(feature.Model, feature.Path, new Dictionary<string, string?> { ["$filter"] = filter.ToString() });
            return Pinned(parser.ParseFilter()?.Expression, property);
        }
        catch (ODataException)
        {
            // The query layer parses the filter again and answers with the error; here it only means "not pinned".
            return null;
        }
    }

    private static string? Pinned(SingleValueNode? node, string property) => node switch
    {
        ConvertNode convert => Pinned(convert.Source, property),
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And } both => Pinned(both.Left, property) ?? Pinned(both.Right, property),
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Equal } equal => Text(equal.Left, equal.Right, property) ?? Text(equal.Right, equal.Left, property),
        _ => null,
    };

    private static string? Text(SingleValueNode left, SingleValueNode right, string property) =>
        Unwrap(left) is SingleValuePropertyAccessNode access && access.Property.Name == property
        && Unwrap(right) is ConstantNode { Value: string text }
            ? text
            : null;

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;
}
