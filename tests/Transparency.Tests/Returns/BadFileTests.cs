using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Validation;

namespace Transparency.Tests.Returns;

public abstract class BadFileTests(TestDatabase database)
{
    public static TheoryData<string, string, string?, int?, string?, string> Cases => BadFileCases.All;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Submit_WhenFileIsBad_ReportsExactProblemAndChangesNothing(string folder, string code, string? source, int? row, string? column, string message)
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var services = new ReturnServices(database);
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Returns", "BadFiles", folder))
            .Order(StringComparer.Ordinal)
            .Select(path => new UploadedFile(Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToArray();

        var result = await services.SubmitAsync(scenario.ProviderId, ReturnScenario.Quarter, files);

        var entry = Assert.Single(result.Report.Entries, e => e.Code == code && e.Row == row && e.Source == source);
        Assert.Equal(Severity.Error, entry.Severity);
        Assert.Equal(column, entry.Column);
        Assert.Equal(message, entry.Message);
        Assert.False(result.Accepted);
        Assert.Null(result.DraftVersionId);
        Assert.Equal(0, await services.Db.ReturnVersions.CountAsync());
        Assert.Equal(0, await services.Db.Returns.CountAsync());
        Assert.Equal(0, await services.Db.AuditEntries.CountAsync());
        Assert.Equal(0, services.StoredFileCount);
    }

    [Fact]
    public void Corpus_HasAtLeast150Cases_AndEveryFolderIsExpected()
    {
        var folders = Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Returns", "BadFiles")).Select(Path.GetFileName).ToHashSet();
        var expected = BadFileCases.All.Select(c => (string)c[0]).ToHashSet();

        Assert.True(expected.Count >= 150, $"Only {expected.Count} bad files.");
        Assert.Equal(expected.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
    }
}

public sealed class SqliteBadFileTests(SqliteTestDatabase database) : BadFileTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresBadFileTests(PostgresTestDatabase database) : BadFileTests(database), IClassFixture<PostgresTestDatabase>;
