using System.Security.Cryptography;
using System.Text;

namespace Transparency.Web.Hosting.Headers;

/// <summary>
/// The only inline script the portal and the public site carry: GOV.UK Frontend's snippet that marks the body before
/// any stylesheet applies, so components do not flash. The Content-Security-Policy allows it by its SHA-256 hash, so
/// the site's pages and the portal's layout write exactly <see cref="JsEnabled"/>.
/// </summary>
public static class InlineScripts
{
    public const string JsEnabled = "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

    /// <summary>The element to write, at the start of the body.</summary>
    public const string JsEnabledElement = "<script>" + JsEnabled + "</script>";

    /// <summary>Base64 SHA-256 of the script's text, as a CSP hash source takes it (without the 'sha256-' prefix).</summary>
    public static string JsEnabledHash { get; } = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(JsEnabled)));
}
