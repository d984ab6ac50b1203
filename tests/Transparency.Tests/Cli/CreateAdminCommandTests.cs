using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Accounts;
using Transparency.Web.Cli;
using Transparency.Web.Domain;

namespace Transparency.Tests.Cli;

public abstract class CreateAdminCommandTests(TestDatabase database)
{
    /// <summary>The console is process-wide: the SQLite and PostgreSQL classes run in parallel and must not capture it at once.</summary>
    private static readonly SemaphoreSlim ConsoleLock = new(1, 1);

    [Fact]
    public async Task CreateAdmin_WithPasswordOption_CreatesAnAdministratorWithoutPrintingThePassword()
    {
        await using var factory = new PortalFactory(database);
        var email = $"first-admin-{Guid.NewGuid():N}@example.com";
        const string password = "a long enough admin password";

        var (exit, output) = await RunAsync(factory.Services, "create-admin", "--email", email, "--password", password);

        Assert.Equal(0, exit);
        Assert.Contains(email, output, StringComparison.Ordinal);
        Assert.DoesNotContain(password, output, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user, PortalRoles.Administrator));
        Assert.True(await users.CheckPasswordAsync(user, password));
        Assert.Null(user.OrganisationId);
    }

    [Fact]
    public async Task CreateAdmin_WithAShortPassword_RefusesAndSaysWhy()
    {
        await using var factory = new PortalFactory(database);
        var email = $"short-{Guid.NewGuid():N}@example.com";

        var (exit, output) = await RunAsync(factory.Services, "create-admin", "--email", email, "--password", "short");

        Assert.Equal(1, exit);
        Assert.Contains("at least 12 characters", output, StringComparison.Ordinal);
        Assert.DoesNotContain("short\n", output, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email));
    }

    [Fact]
    public async Task CreateAdmin_ForAnExistingEmail_RefusesWithoutChangingIt()
    {
        await using var factory = new PortalFactory(database);
        var email = $"twice-{Guid.NewGuid():N}@example.com";
        await RunAsync(factory.Services, "create-admin", "--email", email, "--password", "the first long password");

        var (exit, output) = await RunAsync(factory.Services, "create-admin", "--email", email, "--password", "the second long password");

        Assert.Equal(1, exit);
        Assert.Contains("already exists", output, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, "the first long password"));
    }

    private static async Task<(int Exit, string Output)> RunAsync(IServiceProvider services, params string[] args)
    {
        var root = new RootCommand { CreateAdminCommand.Create(services) };
        using var output = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        await ConsoleLock.WaitAsync();
        var originalOut = Console.Out;
        var originalError = Console.Error;
        Console.SetOut(output);
        Console.SetError(output);
        try
        {
            var exit = await root.Parse(args).InvokeAsync(configuration);
            return (exit, output.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
            ConsoleLock.Release();
        }
    }
}

public sealed class SqliteCreateAdminCommandTests(SqliteTestDatabase database) : CreateAdminCommandTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresCreateAdminCommandTests(PostgresTestDatabase database) : CreateAdminCommandTests(database), IClassFixture<PostgresTestDatabase>;
