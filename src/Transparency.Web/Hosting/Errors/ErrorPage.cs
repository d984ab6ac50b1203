using System.Text.Encodings.Web;

namespace Transparency.Web.Hosting.Errors;

/// <summary>
/// The error page people see, in GOV.UK Frontend's markup and the portal's stylesheet. It is written without the
/// portal's layout, the database or the view engine, so it still renders when those are what failed, and it never
/// shows exception details: the reference is the trace id, which the log records with the error.
/// </summary>
public static class ErrorPage
{
    public static string Render(int status, ErrorMessages messages, string traceId)
    {
        var html = HtmlEncoder.Default;
        var reference = status >= 500
            ? $"<p class=\"govuk-body\">If you contact us about this problem, give this reference: <strong id=\"trace-id\">{html.Encode(traceId)}</strong>.</p>"
            : string.Empty;
        return $"""
            <!DOCTYPE html>
            <html lang="en-GB" class="govuk-template">
            <head>
                <meta charset="utf-8">
                <title>{html.Encode(messages.Title)} – Transparency</title>
                <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
                <meta name="robots" content="noindex">
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="/css/transparency.css">
            </head>
            <body class="govuk-template__body">
                <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
                <header class="govuk-template__header">
                    <section aria-label="Service information" class="govuk-service-navigation">
                        <div class="govuk-width-container">
                            <div class="govuk-service-navigation__container">
                                <span class="govuk-service-navigation__service-name"><a href="/" class="govuk-service-navigation__link">Transparency</a></span>
                            </div>
                        </div>
                    </section>
                </header>
                <div class="govuk-width-container">
                    <main class="govuk-main-wrapper" id="main-content">
                        <div class="govuk-grid-row">
                            <div class="govuk-grid-column-two-thirds">
                                <h1 class="govuk-heading-l">{html.Encode(messages.Title)}</h1>
                                <p class="govuk-body">{html.Encode(messages.Detail)}</p>
                                {reference}
                                <p class="govuk-body"><a class="govuk-link" href="/">Go to the home page</a></p>
                            </div>
                        </div>
                    </main>
                </div>
            </body>
            </html>
            """;
    }
}
