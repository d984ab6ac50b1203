using Microsoft.EntityFrameworkCore;

namespace Transparency.Benchmarks;

/// <summary>Prints a query's SQL and the engine's plan for it, with the same parameters EF would send.</summary>
public static class QueryPlan
{
    public static async Task PrintAsync<T>(string name, IQueryable<T> query, CancellationToken cancellationToken)
    {
        await using var command = query.CreateDbCommand();
        Console.WriteLine($"== {name}");
        Console.WriteLine(command.CommandText);
        var postgres = command.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal);
#pragma warning disable CA2100 // the text is EF's own SQL for this query
        command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
#pragma warning restore CA2100
        if (command.Connection!.State != System.Data.ConnectionState.Open)
        {
            await command.Connection.OpenAsync(cancellationToken);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            Console.WriteLine("   " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        }

        Console.WriteLine();
    }
}
