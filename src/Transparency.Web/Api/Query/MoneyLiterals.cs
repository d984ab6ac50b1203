using System.Globalization;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Transparency.Web.Api.Query;

/// <summary>Rewrites a comparison of a money property with a number of any type into one with an exact decimal.</summary>
public static class MoneyLiterals
{
    public static BinaryOperatorNode AsDecimal(BinaryOperatorNode node)
    {
        var left = Unwrap(node.Left);
        var right = Unwrap(node.Right);
        if (IsMoney(left) && right is ConstantNode { Value: not null } constant)
        {
            return new BinaryOperatorNode(node.OperatorKind, left, ToDecimal(constant, left));
        }

        if (IsMoney(right) && left is ConstantNode { Value: not null } reversed)
        {
            return new BinaryOperatorNode(node.OperatorKind, ToDecimal(reversed, right), right);
        }

        return node;
    }

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    private static bool IsMoney(SingleValueNode node) => node is SingleValuePropertyAccessNode access && access.Property.Type.IsDecimal();

    private static ConstantNode ToDecimal(ConstantNode constant, SingleValueNode money)
    {
        // The literal text is exact; a double value is not always (0.1 has no exact double).
        var text = constant.LiteralText?.TrimEnd('M', 'm', 'D', 'd', 'F', 'f');
        var value = text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : Convert.ToDecimal(constant.Value, CultureInfo.InvariantCulture);
        return new ConstantNode(value, constant.LiteralText ?? value.ToString(CultureInfo.InvariantCulture), money.TypeReference);
    }
}
