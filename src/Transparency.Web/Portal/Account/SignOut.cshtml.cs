using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Transparency.Web.Domain;

namespace Transparency.Web.Portal.Account;

/// <summary>Signing out is a POST (with antiforgery), so a link on another site cannot sign people out.</summary>
public sealed class SignOutModel(SignInManager<PortalUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn", new { signedOut = true });
    }
}
