using System.CommandLine;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Transparency.Web.Accounts;
using Transparency.Web.Data;

namespace Transparency.Web.Cli;

/// <summary>
/// <c>create-admin --email admin@example.org</c>: the first administrator. The password comes from --password,
/// the TRANSPARENCY_ADMIN_PASSWORD environment variable or a prompt that does not echo; it is never printed.
/// </summary>
public static class CreateAdminCommand
{
    public const string PasswordVariable = "TRANSPARENCY_ADMIN_PASSWORD";

    public static Command Create(IServiceProvider services)
    {
        var email = new Option<string>("--email") { Description = "The administrator's email address, used to sign in.", Required = true };
        var password = new Option<string?>("--password")
        {
            Description = $"The password (at least 12 characters). Prefer the {PasswordVariable} environment variable, which stays out of shell history.",
        };
        var command = new Command("create-admin", "Create an administrator account.") { email, password };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable(PasswordVariable) ?? Prompt();
            if (string.IsNullOrEmpty(secret))
            {
                await Console.Error.WriteLineAsync($"Give a password with --password or the {PasswordVariable} environment variable.");
                return 2;
            }

            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().MigrateAsync(cancellationToken);
            var address = parse.GetValue(email)!.Trim();
            var accounts = scope.ServiceProvider.GetRequiredService<PortalAccounts>();
            if (await accounts.ExistsAsync(address))
            {
                await Console.Error.WriteLineAsync($"An account for {address} already exists.");
                return 1;
            }

            var result = await accounts.CreateAdministratorAsync(address, secret);
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync(Describe(result));
                return 1;
            }

            var db = scope.ServiceProvider.GetRequiredService<TransparencyDbContext>();
            scope.ServiceProvider.GetRequiredService<AuditTrail>().Record("create administrator", address);
            await db.SaveChangesAsync(cancellationToken);
            Console.WriteLine($"Created the administrator {address}. Sign in at /account/sign-in.");
            return 0;
        });
        return command;
    }

    private static string Describe(IdentityResult result) =>
        "The account was not created: " + string.Join(" ", result.Errors.Select(e => e.Description));

    /// <summary>Reads a password from the terminal without echoing it; null when input is redirected.</summary>
    private static string? Prompt()
    {
        if (Console.IsInputRedirected)
        {
            return null;
        }

        Console.Write("Password: ");
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return text.ToString();
    }
}
