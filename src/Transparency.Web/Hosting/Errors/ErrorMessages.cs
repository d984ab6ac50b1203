namespace Transparency.Web.Hosting.Errors;

/// <summary>What an error answer says, in GOV.UK's words for error pages: a title and what to do next.</summary>
public sealed record ErrorMessages(string Title, string Detail)
{
    public static ErrorMessages For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => new("There is a problem with the request", "The address or the form sent was not one the portal can read. Check it and try again."),
        StatusCodes.Status401Unauthorized => new("You need to sign in", "Sign in to see this page."),
        StatusCodes.Status403Forbidden => new("You cannot see this page", "Your account is not allowed to see this page."),
        StatusCodes.Status404NotFound => new("Page not found", "If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address."),
        StatusCodes.Status405MethodNotAllowed => new("This address cannot be used that way", "The portal cannot answer this kind of request at this address."),
        StatusCodes.Status408RequestTimeout => new("The request took too long", "Try again."),
        StatusCodes.Status413PayloadTooLarge => new("What you sent is too large", "Send something smaller."),
        StatusCodes.Status415UnsupportedMediaType => new("The portal cannot read what you sent", "Send it in a format this address accepts."),
        StatusCodes.Status429TooManyRequests => new("Too many requests", "Wait a little, then try again."),
        StatusCodes.Status503ServiceUnavailable => new("Sorry, the service is busy", "Too many people are asking for this at once. Try again in a few seconds."),
        >= 500 => new("Sorry, there is a problem with the service", "Try again later. Nothing you sent was lost or changed by this problem."),
        _ => new("Sorry, the portal cannot answer this request", "Check the address and try again."),
    };
}
