using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Transparency.Web.Returns.Validation;

/// <summary>
/// A stable identifier for an organisation known only by name: <c>GB-LOCAL-</c> and 12 hex digits of the
/// SHA-256 of the name in lower case with spaces collapsed. The same name always gets the same identifier,
/// so a name-only subcontractor reported every quarter stays one organisation until someone adds its real one.
/// </summary>
public static partial class LocalOrganisationIdentifier
{
    public const string Prefix = "GB-LOCAL-";

    public static string For(string name)
    {
        var normal = Spaces().Replace(name.Trim().ToLowerInvariant(), " ");
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)))[..12];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
