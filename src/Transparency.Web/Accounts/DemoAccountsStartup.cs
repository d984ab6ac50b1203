using Microsoft.Extensions.Options;
using Transparency.Web.Demo;

namespace Transparency.Web.Accounts;

/// <summary>At start, in Development (or when Demo:DemoAccounts says so, outside Production), ensures the demo login and prints it.</summary>
public static class DemoAccountsStartup
{
    public static async Task EnsureDemoAccountsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var configured = app.Configuration.GetValue<bool?>("Demo:DemoAccounts");
        if (app.Environment.IsProduction() || !(configured ?? app.Environment.IsDevelopment()))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var provider = await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync(cancellationToken);
        if (provider is not null)
        {
            scope.ServiceProvider.GetRequiredService<ILogger<DemoAccounts>>().LogWarning(
                "Demonstration accounts for the fictional provider {Provider} ({Identifier}): sign in at /account/sign-in as {Email} with password {Password}; API token {Token}. {Notice}",
                provider.Name, provider.Identifier, DemoAccounts.Email, DemoAccounts.Password, DemoAccounts.Token, "Fictional data only: never use these on real data.");
        }
    }
}
