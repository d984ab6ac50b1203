namespace Transparency.Tests.Infrastructure;

/// <summary>Trait values that let a developer run one engine: <c>dotnet test --filter Engine!=Postgres</c>.</summary>
public static class Engines
{
    public const string Trait = "Engine";
    public const string Postgres = "Postgres";
    public const string Sqlite = "Sqlite";
}
