using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Returns.Wiring;

/// <summary>
/// Broken or unsupported request bodies sent to POST /api/returns: each gets a 4xx problem+json saying what was wrong
/// and what is accepted (415 for media types and encodings, 400 for broken multipart, 413 only for size), and
/// none changes anything.
/// </summary>
public abstract class UploadTransportTests(TestDatabase database)
{
    private const string Csv = "quarter,contract_reference,payment_type,amount\r\n2025-26 Q2,C-EMP-1,fee,100.00\r\n";

    public static TheoryData<string, string?, string?, string, int, string> Cases { get; } = new()
    {
        { "unterminated multipart", "multipart/form-data; boundary=XyZ", null, "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"funding.csv\"\r\n\r\n" + Csv, 400, "never finishes" },
        { "multipart without a boundary", "multipart/form-data", null, "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"funding.csv\"\r\n\r\n" + Csv + "--XyZ--\r\n", 400, "boundary" },
        { "multipart with a broken part header", "multipart/form-data; boundary=XyZ", null, "--XyZ\r\nthis is not a header\r\n\r\n" + Csv + "--XyZ--\r\n", 400, "cannot be read" },
        { "text/plain", "text/plain", null, Csv, 415, "multipart/form-data" },
        { "text/csv", "text/csv", null, Csv, 415, "multipart/form-data" },
        { "application/xml", "application/xml", null, "<return/>", 415, "multipart/form-data" },
        { "no content type", null, null, Csv, 415, "multipart/form-data" },
        { "form-urlencoded", "application/x-www-form-urlencoded", null, "files=funding.csv", 415, "multipart/form-data" },
        { "deflate-encoded JSON", "application/json", "deflate", "{}", 415, "Content-Encoding" },
        { "gzip-encoded multipart", "multipart/form-data; boundary=XyZ", "gzip", "--XyZ--\r\n", 415, "Content-Encoding" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Upload_WithABrokenOrUnsupportedBody_AnswersAProblemSayingWhatIsAccepted(string name, string? contentType, string? encoding, string body, int status, string detailContains)
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        using var api = (await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId)).Api(factory);
        await using var before = database.CreateContext();
        var versions = await before.ReturnVersions.CountAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (encoding is not null)
        {
            content.Headers.ContentEncoding.Add(encoding);
        }

        using var response = await api.PostAsync(new Uri("/api/returns?quarter=2025-26%20Q2", UriKind.Relative), content);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{name}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detailContains, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        await using var after = database.CreateContext();
        Assert.Equal(versions, await after.ReturnVersions.CountAsync());
    }

    [Fact]
    public async Task Upload_MultipartWithTheBoundaryInQuotes_IsRead()
    {
        var scenario = await ReturnScenario.EnsureAsync(database);
        await using var factory = new PortalFactory(database);
        using var api = (await ReturnsPublisher.CreateAsync(factory.Services, scenario.ProviderId)).Api(factory);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(
            "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"funding.csv\"\r\n\r\n" + Csv.Replace("100.00", "100.01", StringComparison.Ordinal) + "\r\n--XyZ--\r\n"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=\"XyZ\"");

        using var response = await api.PostAsync(new Uri("/api/returns?quarter=2025-26%20Q2", UriKind.Relative), content);

        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteUploadTransportTests(SqliteTestDatabase database) : UploadTransportTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresUploadTransportTests(PostgresTestDatabase database) : UploadTransportTests(database), IClassFixture<PostgresTestDatabase>;
