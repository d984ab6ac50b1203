using System.Net;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Returns.Standard;

namespace Transparency.Tests.Returns;

public abstract class StandardDownloadTests(TestDatabase database)
{
    [Theory]
    [InlineData("/standard/v1/return.schema.json", "application/schema+json")]
    [InlineData("/standard/v1/example.json", "application/json")]
    [InlineData("/standard/v1/templates/return.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("/standard/v1/templates/funding.csv", "text/csv")]
    [InlineData("/standard/v1/templates/kpi-results.csv", "text/csv")]
    [InlineData("/standard/v1/templates/subcontracts.csv", "text/csv")]
    [InlineData("/standard/v1/templates/satisfaction.csv", "text/csv")]
    [InlineData("/standard/v1/data-standard.md", "text/markdown")]
    public async Task Download_IsServedToAnyone(string path, string mediaType)
    {
        await using var factory = new PortalFactory(database);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Download_UnknownSectionTemplate_IsNotFound()
    {
        await using var factory = new PortalFactory(database);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/standard/v1/templates/money.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DownloadedTemplates_FilledInWithTheExamples_ValidateCleanly()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        using var client = factory.CreateClient();
        async Task<byte[]> Get(string path) => await client.GetByteArrayAsync(new Uri(path, UriKind.Relative));
        var examples = ReturnFiles.FromExamples(ReturnScenario.Quarter);
        var csvTemplates = new Dictionary<string, byte[]>();
        foreach (var section in ReturnStandard.Sections)
        {
            csvTemplates[section.Name] = await Get($"/standard/v1/templates/{section.FileName}");
        }

        var uploads = new[]
        {
            examples.CsvFiles(s => csvTemplates[s.Name]),
            [examples.Workbook(await Get("/standard/v1/templates/return.xlsx"))],
            [new Web.Returns.Parsing.UploadedFile("example.json", await Get("/standard/v1/example.json"))],
        };

        await using var services = new ReturnServices(database);
        foreach (var upload in uploads)
        {
            var result = await services.SubmitAsync(scenario.ExampleProviderId, ReturnScenario.Quarter, upload);
            Assert.True(result.Accepted, string.Join(Environment.NewLine, result.Report.Entries.Select(e => e.Message)));
            Assert.Empty(result.Report.Entries);
        }
    }
}

public sealed class SqliteStandardDownloadTests(SqliteTestDatabase database) : StandardDownloadTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresStandardDownloadTests(PostgresTestDatabase database) : StandardDownloadTests(database), IClassFixture<PostgresTestDatabase>;
