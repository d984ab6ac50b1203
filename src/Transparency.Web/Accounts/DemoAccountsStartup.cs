namespace Transparency.Web.Accounts;

/// <summary>
/// At start: in Development on demonstration data (and unless Demo:DemoAccounts is false) ensures the demo login and
/// token and prints them; in any other environment, or on data that is not demonstration data, disables them if they
/// exist (from an earlier Development run on the same database) and says so in the log.
/// </summary>
public static class DemoAccountsStartup
{
    public static async Task EnsureDemoAccountsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var configured = app.Configuration.GetValue<bool?>("Demo:DemoAccounts");
        await using var scope = app.Services.CreateAsyncScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoAccounts>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DemoAccounts>>();
        if (!app.Environment.IsDevelopment() && configured == true)
        {
            logger.LogWarning("Demo:DemoAccounts is ignored in the {Environment} environment: demonstration accounts exist only in Development.", app.Environment.EnvironmentName);
        }

        var provider = app.Environment.IsDevelopment() && configured != false ? await demo.EnsureAsync(cancellationToken) : null;
        if (provider is not null)
        {
            logger.LogWarning(
                "Demonstration accounts for the fictional provider {Provider} ({Identifier}): sign in at /account/sign-in as {Email} with password {Password}; API token {Token}. {Notice}",
                provider.Name, provider.Identifier, DemoAccounts.Email, DemoAccounts.Password, DemoAccounts.Token, "Fictional data only: never use these on real data.");
            return;
        }

        if (await demo.DisableAsync(cancellationToken) is { } disabled)
        {
            logger.LogWarning(
                "Demonstration accounts disabled ({Disabled}) because the portal runs in the {Environment} environment{Data}: the published demonstration password and token no longer work.",
                disabled, app.Environment.EnvironmentName, app.Environment.IsDevelopment() && configured != false ? " on data that is not demonstration data" : string.Empty);
        }
    }
}
