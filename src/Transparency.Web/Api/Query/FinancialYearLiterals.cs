using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using DomainQuarter = Transparency.Web.Domain.Quarter;

namespace Transparency.Web.Api.Query;

/// <summary>
/// The quarter range equivalent to <c>FinancialYear eq '2025-26'</c>. The financial year is computed from the
/// stored quarter code, so the comparison makes the engine compute it for every row of the table; the range
/// <c>Quarter ge '2025-26 Q1' and Quarter le '2025-26 Q4'</c> selects exactly the same rows on the indexed integer
/// column, so the filter binder uses it instead. Only well-formed years are replaced: anything else is compared as
/// written and matches nothing.
/// </summary>
public static partial class FinancialYearLiterals
{
    private const string FinancialYear = "FinancialYear";
    private const string Quarter = "Quarter";

    /// <summary>The quarter range equivalent to the financial-year comparison, or null when the node is not one.</summary>
    public static BinaryOperatorNode? QuarterRange(BinaryOperatorNode node)
    {
        if (node.OperatorKind != BinaryOperatorKind.Equal
            || Unwrap(node.Left) is not SingleValuePropertyAccessNode { Property.Name: FinancialYear } year
            || Unwrap(node.Right) is not ConstantNode { Value: string text }
            || !IsFinancialYear(text)
            || year.Property.DeclaringType.FindProperty(Quarter) is not IEdmStructuralProperty quarter)
        {
            return null;
        }

        var quarterColumn = new SingleValuePropertyAccessNode(year.Source, quarter);
        return new BinaryOperatorNode(
            BinaryOperatorKind.And,
            new BinaryOperatorNode(BinaryOperatorKind.GreaterThanOrEqual, quarterColumn, Label(text, 1, quarter)),
            new BinaryOperatorNode(BinaryOperatorKind.LessThanOrEqual, quarterColumn, Label(text, 4, quarter)));
    }

    private static ConstantNode Label(string financialYear, int quarter, IEdmStructuralProperty property)
    {
        var label = new DomainQuarter(int.Parse(financialYear[..4], CultureInfo.InvariantCulture), quarter).ToString();
        return new ConstantNode(label, $"'{label}'", property.Type);
    }

    // "2025-26": the second part must be the year after the first, or the range would name quarters that do not exist.
    private static bool IsFinancialYear(string text)
    {
        var match = Shape().Match(text);
        return match.Success
            && int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) is >= DomainQuarter.MinYear and <= DomainQuarter.MaxYear
            && (int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) + 1) % 100 == int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
    }

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
