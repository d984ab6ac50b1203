using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Domain;

namespace Transparency.Tests.Feeds;

/// <summary>Restates a published return the way the publisher would (new version, old one superseded, a log entry), with other fees and no other facts.</summary>
public static class Restatements
{
    public static async Task<(long Position, int QuarterCode)> RestateAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var current = await db.ReturnVersions.Include(v => v.Return).Include(v => v.Funding)
            .Where(v => v.Status == ReturnVersionStatus.Published && v.Funding.Any())
            .OrderBy(v => v.Id).FirstAsync();
        var number = await db.ReturnVersions.Where(v => v.ReturnId == current.ReturnId).MaxAsync(v => v.VersionNumber) ?? 1;
        current.Status = ReturnVersionStatus.Superseded;
        var next = TestData.PublishedVersion(current.Return!, number + 1, current.PublishedAt!.Value.AddDays(number), "Fees were keyed wrongly");
        next.Supersedes = current;
        foreach (var line in current.Funding)
        {
            next.Funding.Add(new FundingRecord
            {
                ContractId = line.ContractId,
                QuarterCode = line.QuarterCode,
                PaymentType = line.PaymentType,
                AmountPence = line.AmountPence + 100,
                Description = line.Description,
            });
        }

        db.Add(next);
        await db.SaveChangesAsync();
        return (await Publications.LogAsync(db, PublicationChangeKind.Restated, next), current.Return!.QuarterCode);
    }
}
