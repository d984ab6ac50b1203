using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Transparency.Web.Api.Query;

/// <summary>
/// <c>Sector has Transparency.Sector'Justice'</c>. Every enumeration here is a plain list of names, not flags, so a value
/// "has" a member exactly when it is that member. The library binds <c>has</c> as a bitwise test, which on enums stored
/// by name matched no row at all; as an equality it matches the right rows and uses the same index as <c>eq</c>.
/// </summary>
public static class EnumHas
{
    public static BinaryOperatorNode? AsEquality(BinaryOperatorNode node)
    {
        if (node.OperatorKind != BinaryOperatorKind.Has)
        {
            return null;
        }

        if (node.Left.TypeReference?.Definition is IEdmEnumType { IsFlags: true } flags)
        {
            throw new ODataException($"'has' on the flags enumeration {flags.Name} is not supported.");
        }

        return new BinaryOperatorNode(BinaryOperatorKind.Equal, node.Left, node.Right);
    }
}
