using Microsoft.Extensions.Options;
using Transparency.Web.Data;
using Transparency.Web.PerformanceNotices;

namespace Transparency.Web.Feeds.Ocds;

/// <summary>/ocds/{contract reference}/release-package.json and /record-package.json, built from the database on request.</summary>
public static class OcdsEndpoints
{
    public const string ContentType = "application/json; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/ocds/{reference}/release-package.json", (string reference, TransparencyDbContext db, IOptions<FeedsOptions> options, CancellationToken ct) =>
            SendAsync(reference, db, (stream, data) => new OcdsPackageWriter(options.Value).WriteReleasePackage(stream, data), ct));
        app.MapGet("/ocds/{reference}/record-package.json", (string reference, TransparencyDbContext db, IOptions<FeedsOptions> options, CancellationToken ct) =>
            SendAsync(reference, db, (stream, data) => new OcdsPackageWriter(options.Value).WriteRecordPackage(stream, data), ct));
        app.MapGet("/ocds/{reference}/performance-notices/{period}/release-package.json", (string reference, string period, TransparencyDbContext db, IOptions<FeedsOptions> options, CancellationToken ct) =>
            SendNoticeAsync(reference, period, db, options.Value, ct));
    }

    /// <summary>One ready contract performance notice as its own release package; a draft, or a period without a notice, is not found.</summary>
    private static async Task<IResult> SendNoticeAsync(string reference, string period, TransparencyDbContext db, FeedsOptions options, CancellationToken cancellationToken)
    {
        var loader = new OcdsLoader(db);
        if (!AssessmentPeriod.TryParseSlug(period, out var chosen) || await loader.FindContractIdAsync(reference, cancellationToken) is not { } id)
        {
            return Results.NotFound();
        }

        var data = (await loader.LoadAsync([id], cancellationToken))[0];
        if (data.Notices.FirstOrDefault(n => n.FromQuarterCode == chosen.From.Code) is not { } notice)
        {
            return Results.NotFound();
        }

        using var stream = new MemoryStream();
        new OcdsPackageWriter(options).WriteNoticeReleasePackage(stream, data.Contract, notice);
        var body = stream.ToArray();
        return Results.Bytes(body, ContentType, lastModified: new DateTimeOffset(notice.ReadyAt!.Value, TimeSpan.Zero), entityTag: Etags.For(body));
    }

    private static async Task<IResult> SendAsync(string reference, TransparencyDbContext db, Action<Stream, OcdsContractData> write, CancellationToken cancellationToken)
    {
        var loader = new OcdsLoader(db);
        if (await loader.FindContractIdAsync(reference, cancellationToken) is not { } id)
        {
            return Results.NotFound();
        }

        var data = (await loader.LoadAsync([id], cancellationToken))[0];
        using var stream = new MemoryStream();
        write(stream, data);
        var body = stream.ToArray();
        return Results.Bytes(body, ContentType, lastModified: new DateTimeOffset(OcdsPackageWriter.LatestDate(data), TimeSpan.Zero), entityTag: Etags.For(body));
    }
}
