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
    public async Task WholeFile_AsGzip_DecodesWithDotNetAndSharpZipLib_AndBothFormsAnswerRanges()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        var uri = new Uri("/downloads/csv/kpi_results.csv", UriKind.Relative);
        var plain = await portal.Client.GetByteArrayAsync(uri);

        using var zipped = new HttpRequestMessage(HttpMethod.Get, uri);
        zipped.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var compressed = await portal.Client.SendAsync(zipped);
        var gzip = await compressed.Content.ReadAsByteArrayAsync();
        using var sharp = new ICSharpCode.SharpZipLib.GZip.GZipInputStream(new MemoryStream(gzip));
        using var bySharpZipLib = new MemoryStream();
        await sharp.CopyToAsync(bySharpZipLib);
        using var dotnet = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        using var byDotNet = new MemoryStream();
        await dotnet.CopyToAsync(byDotNet);

        using var ranged = new HttpRequestMessage(HttpMethod.Get, uri);
        ranged.Headers.Range = new RangeHeaderValue(100, 4099);
        using var partial = await portal.Client.SendAsync(ranged);
        using var gzipRange = new HttpRequestMessage(HttpMethod.Get, uri);
        gzipRange.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        gzipRange.Headers.Range = new RangeHeaderValue(gzip.Length - 8, null);
        using var gzipTail = await portal.Client.SendAsync(gzipRange);
        using var head = await portal.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, uri);
        conditional.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        conditional.Headers.IfNoneMatch.Add(compressed.Headers.ETag!);
        using var notModified = await portal.Client.SendAsync(conditional);

        Assert.Equal(gzip.Length, compressed.Content.Headers.ContentLength);
        Assert.Equal(plain, bySharpZipLib.ToArray());
        Assert.Equal(plain, byDotNet.ToArray());
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(plain[100..4100], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, gzipTail.StatusCode);
        Assert.Equal(gzip[^8..], await gzipTail.Content.ReadAsByteArrayAsync());
        Assert.Equal(plain.Length, head.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.NotEqual(head.Headers.ETag, compressed.Headers.ETag);
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
        var listed = new List<string>();

        foreach (var resource in resources)
        {
            var paths = resource.GetProperty("path") is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Select(p => p.GetString()!).ToList() : [resource.GetProperty("path").GetString()!];
            listed.AddRange(paths);
            long bytes = 0;
            foreach (var path in paths)
            {
                using var head = await portal.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/downloads/" + path, UriKind.Relative)));
                Assert.True(head.IsSuccessStatusCode, $"{path} answered {(int)head.StatusCode}.");
                bytes += head.Content.Headers.ContentLength!.Value;
            }

            Assert.Equal(resource.GetProperty("bytes").GetInt64(), bytes);
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

            if (resource.GetProperty("format").GetString() == "csv")
            {
                // A multipart resource: every part starts with the header, and every part is checksummed.
                foreach (var path in paths)
                {
                    Assert.True(sums.ContainsKey(path), $"{path} is not in SHA256SUMS.");
                    Assert.Equal(string.Join(',', fields), (await portal.GetStringAsync("/downloads/" + path)).Split("\r\n")[0]);
                }
            }
        }

        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.True(listed.Count(p => p.StartsWith("parts/csv/funding/", StringComparison.Ordinal)) > 1, "Funding should come in a part per financial year.");
        Assert.Contains("json/funding.json", listed);
        Assert.Contains("ocds/record-package.json", listed);
        Assert.Contains("360giving/grants.json", listed);
    }

    [Fact]
    public async Task WholeFiles_AreTheirPartsJoined()
    {
        await using var portal = await FeedsPortal.StartAsync(database, seedDemo: true);
        var sums = (await portal.GetStringAsync("/downloads/SHA256SUMS")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[66..]).ToList();

        var whole = await portal.GetStringAsync("/downloads/csv/funding.csv");
        var yearly = await portal.GetStringAsync("/downloads/csv/2025-26/funding.csv");
        var parts = new List<string>();
        foreach (var path in sums.Where(p => p.StartsWith("parts/csv/funding/", StringComparison.Ordinal)))
        {
            parts.Add(await portal.GetStringAsync("/downloads/" + path));
        }

        var header = whole.Split("\r\n")[0] + "\r\n";
        Assert.Equal(header + string.Concat(parts.Select(p => p[header.Length..])), whole);
        Assert.StartsWith(header, yearly, StringComparison.Ordinal);
        Assert.Contains(yearly[header.Length..], whole, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await portal.GetStringAsync("/downloads/json/funding.json"));
        Assert.Equal(CsvTable.Parse(whole).Rows.Count, json.RootElement.GetArrayLength());
    }

    [GeneratedRegex(@"^-?\d+\.\d{2}$")]
    private static partial Regex TwoDecimals();
}

public sealed class SqliteDownloadsTests(SqliteTestDatabase database) : DownloadsTests(database), IClassFixture<SqliteTestDatabase>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresDownloadsTests(PostgresTestDatabase database) : DownloadsTests(database), IClassFixture<PostgresTestDatabase>;
