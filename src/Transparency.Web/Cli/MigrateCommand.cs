using System.CommandLine;
using Transparency.Web.Data;

namespace Transparency.Web.Cli;

public static class MigrateCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("migrate", "Create the database or bring its schema up to date, then exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var startup = await services.AcquireStartupLockAsync(cancellationToken);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().MigrateAsync(cancellationToken);
            Console.WriteLine("The database schema is up to date.");
            return 0;
        });
        return command;
    }
}
