using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Feeds;

public abstract partial class DownloadsTests(TestDatabase database)
{
    [Fact]
    public async Task Downloads_EveryFileInChecksums_HasThatSha256()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);

        var lines = (await portal.GetStringAsync("/downloads/SHA256SUMS")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.True(lines.Length > 50, $"Only {lines.Length} files were listed.");
        foreach (var line in lines)
        {
            var (hash, path) = (line[..64], line[66..]);
            var bytes = await portal.Client.GetByteArrayAsync(new Uri("/downloads/" + path, UriKind.Relative));
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }

    [Fact]
    public async Task Downloads_ConditionalAndCompressedRequests_AnswerAsHttpSays()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        var uri = new Uri("/downloads/csv/kpi_results.csv", UriKind.Relative);

        using var first = await portal.Client.GetAsync(uri);
        var plain = await first.Content.ReadAsByteArrayAsync();
        using var conditional = new HttpRequestMessage(HttpMethod.Get, uri);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await portal.Client.SendAsync(conditional);
        using var zipped = new HttpRequestMessage(HttpMethod.Get, uri);
        zipped.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var compressed = await portal.Client.SendAsync(zipped);
        await using var gzip = new GZipStream(await compressed.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var unzipped = new MemoryStream();
        await gzip.CopyToAsync(unzipped);

        Assert.Equal("text/csv", first.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.True(compressed.Content.Headers.ContentLength < plain.Length / 2);
        Assert.Equal(plain, unzipped.ToArray());
    }

    [Fact]
    public async Task FundingCsv_AmountsArePenceAsPoundsFromPublishedVersionsOnly()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        await using var db = database.CreateContext();
        var expected = await db.Funding.Where(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published).SumAsync(f => f.AmountPence);
        var expectedRows = await db.Funding.CountAsync(f => f.ReturnVersion!.Status == ReturnVersionStatus.Published);

        var whole = CsvTable.Parse(await portal.GetStringAsync("/downloads/csv/funding.csv"));
        var amounts = whole.Column("amount_pounds").ToList();
        var yearRows = 0;
        foreach (var year in await db.Returns.Select(r => r.QuarterCode / 10).Distinct().ToListAsync())
        {
            yearRows += CsvTable.Parse(await portal.GetStringAsync($"/downloads/csv/{Quarter.FormatFinancialYear(year)}/funding.csv")).Rows.Count;
        }

        Assert.All(amounts, a => Assert.Matches(TwoDecimals(), a));
        Assert.Contains(amounts, a => a.StartsWith('-'));
        Assert.Equal(expected, amounts.Sum(a => (long)(decimal.Parse(a, CultureInfo.InvariantCulture) * 100)));
        Assert.Equal(expectedRows, whole.Rows.Count);
        Assert.Equal(expectedRows, yearRows);
        Assert.Equal(whole.Rows.Count, whole.Column("id").Distinct().Count());
    }

    [Fact]
    public async Task ReturnVersions_DraftsAndWithdrawnVersions_NeverAppear()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        await using var db = database.CreateContext();
        var hidden = await db.ReturnVersions.Where(v => v.Status == ReturnVersionStatus.Draft || v.Status == ReturnVersionStatus.Withdrawn)
            .Select(v => v.Id.ToString(CultureInfo.InvariantCulture)).ToListAsync();
        var visible = await db.ReturnVersions.CountAsync(v => v.Status == ReturnVersionStatus.Published || v.Status == ReturnVersionStatus.Superseded);

        var versions = CsvTable.Parse(await portal.GetStringAsync("/downloads/csv/return_versions.csv"));
        var json = JsonDocument.Parse(await portal.GetStringAsync("/downloads/json/return_versions.json"));

        Assert.NotEmpty(hidden);
        Assert.Equal(visible, versions.Rows.Count);
        Assert.Empty(versions.Column("api_id").Intersect(hidden));
        Assert.Equal(visible, json.RootElement.GetArrayLength());
        Assert.Contains("superseded", versions.Column("status"));
    }

    [Fact]
    public async Task DataPackage_DescribesEveryFileWithItsSchemaAndKeys()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);

        using var package = JsonDocument.Parse(await portal.GetStringAsync("/downloads/datapackage.json"));
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
        var names = resources.Select(r => r.GetProperty("name").GetString()).ToHashSet();
        var sums = (await portal.GetStringAsync("/downloads/SHA256SUMS")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(l => l[66..], l => l[..64]);

        Assert.Equal(sums.Keys.Where(p => p != "datapackage.json").Order(), resources.Select(r => r.GetProperty("path").GetString()!).Order());
        foreach (var resource in resources)
        {
            var path = resource.GetProperty("path").GetString()!;
            Assert.Equal("sha256:" + sums[path], resource.GetProperty("hash").GetString());
            if (!resource.TryGetProperty("schema", out var schema))
            {
                continue;
            }

            var fields = schema.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
            Assert.Contains(schema.GetProperty("primaryKey").GetString(), fields);
            Assert.All(schema.GetProperty("fields").EnumerateArray(), f => Assert.False(string.IsNullOrEmpty(f.GetProperty("description").GetString())));
            foreach (var key in schema.GetProperty("foreignKeys").EnumerateArray())
            {
                Assert.Contains(key.GetProperty("reference").GetProperty("resource").GetString(), names);
            }

            if (path.EndsWith(".csv", StringComparison.Ordinal))
            {
                var header = (await portal.GetStringAsync("/downloads/" + path)).Split("\r\n")[0];
                Assert.Equal(string.Join(',', fields), header);
            }
        }
    }

    [GeneratedRegex(@"^-?\d+\.\d{2}$")]
    private static partial Regex TwoDecimals();
}

public sealed class SqliteDownloadsTests(SqliteTestDatabase database) : DownloadsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresDownloadsTests(PostgresTestDatabase database) : DownloadsTests(database), IClassFixture<PostgresTestDatabase>;
