using Transparency.Web.Domain;

namespace Transparency.Web.Demo;

/// <summary>
/// Generates each quarter's returns with a realistic life: most on time, some late, some missing, some
/// restated with a reason, a few withdrawn, and drafts that never become public.
/// </summary>
public sealed class DemoReturnsGenerator(DemoOptions options, DemoStructure structure)
{
    private const string DemoSubmitter = "demo-generator";

    private readonly DemoIds _ids = new();
    private readonly DemoFactsGenerator _facts = new(options, structure);

    public IEnumerable<DemoQuarterBatch> Generate()
    {
        for (var quarter = options.FirstQuarter; quarter <= options.LastQuarter; quarter = quarter.Next)
        {
            var batch = new DemoQuarterBatch(quarter);
            foreach (var (providerId, contracts) in structure.ContractsByProvider)
            {
                var active = contracts.Where(c => c.IsActiveIn(quarter)).ToList();
                if (active.Count > 0)
                {
                    AddReturn(batch, providerId, active);
                }
            }

            yield return batch;
        }
    }

    private void AddReturn(DemoQuarterBatch batch, int providerId, List<Contract> contracts)
    {
        var quarter = batch.Quarter;
        var random = DemoRandom.For(options.Seed, 2, providerId, quarter.Code);
        var traits = structure.Traits[providerId];
        var due = quarter.DefaultDeadline;
        var missing = random.Chance(traits.MissingChance);
        var late = random.Chance(traits.LateChance);
        var dayOffset = late ? 1 + random.Next(45) : -random.Next(1, 25);
        var firstPublished = due.ToDateTime(new TimeOnly(9 + random.Next(8), random.Next(60)), DateTimeKind.Utc).AddDays(dayOffset);
        var published = !missing && firstPublished <= options.AsOf;

        var quarterlyReturn = new QuarterlyReturn
        {
            Id = ++_ids.Return,
            ProviderId = providerId,
            QuarterCode = quarter.Code,
            DueDate = due,
            FirstPublishedAt = published ? firstPublished : null,
        };

        if (!published)
        {
            // An outstanding return sometimes has a draft waiting: stored, never public.
            if (random.Chance(missing ? 0.3 : 0.6))
            {
                batch.Returns.Add(quarterlyReturn);
                AddVersion(batch, quarterlyReturn, contracts, random, null, ReturnVersionStatus.Draft, firstPublished.AddDays(-2), null, null);
            }

            return;
        }

        batch.Returns.Add(quarterlyReturn);
        var first = AddVersion(batch, quarterlyReturn, contracts, random, 1, ReturnVersionStatus.Published, firstPublished, null, null);
        if (!random.Chance(traits.RestateChance))
        {
            // A correction being prepared: a draft beside the published version, not yet public.
            var draftAt = firstPublished.AddDays(10);
            if (quarter >= options.LastQuarter.Previous && draftAt <= options.AsOf && random.Chance(0.08))
            {
                AddVersion(batch, quarterlyReturn, contracts, random, null, ReturnVersionStatus.Draft, draftAt, null, null);
            }

            return;
        }

        var restatedAt = firstPublished.AddDays(20 + random.Next(130));
        if (restatedAt > options.AsOf)
        {
            return;
        }

        var reason = random.Pick(DemoCatalogue.RestatementReasons);
        if (random.Chance(0.08))
        {
            // Published by mistake and withdrawn by an administrator: version 1 stays the public one.
            var withdrawn = AddVersion(batch, quarterlyReturn, contracts, random, 2, ReturnVersionStatus.Withdrawn, restatedAt, reason, first);
            withdrawn.WithdrawnAt = restatedAt.AddDays(1);
            withdrawn.WithdrawnBy = "demo-administrator";
            withdrawn.WithdrawalReason = "Published against the wrong provider account; withdrawn at the commissioner's request.";
            return;
        }

        first.Status = ReturnVersionStatus.Superseded;
        AddVersion(batch, quarterlyReturn, contracts, random, 2, ReturnVersionStatus.Published, restatedAt, reason, first);
    }

    private ReturnVersion AddVersion(
        DemoQuarterBatch batch,
        QuarterlyReturn quarterlyReturn,
        List<Contract> contracts,
        Random random,
        int? number,
        ReturnVersionStatus status,
        DateTime at,
        string? restatementReason,
        ReturnVersion? supersedes)
    {
        var id = ++_ids.Version;
        var version = new ReturnVersion
        {
            Id = id,
            ReturnId = quarterlyReturn.Id,
            VersionNumber = number,
            Status = status,
            SupersedesVersionId = supersedes?.Id,
            RestatementReason = restatementReason,
            OriginalFileName = $"return-{quarterlyReturn.Quarter.Code}-v{number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "draft"}.xlsx",
            FileSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes((long)options.Seed << 32 | (uint)id))),
            Format = UploadFormat.Generated,
            SubmittedBy = DemoSubmitter,
            SubmittedAt = at.AddMinutes(-30 - random.Next(600)),
            PublishedBy = number is null ? null : DemoSubmitter,
            PublishedAt = number is null ? null : at,
            WarningCount = random.Next(4),
        };
        batch.Versions.Add(version);
        _facts.AddFacts(batch, version, contracts, revision: number is > 1 ? number.Value : 0);
        return version;
    }
}
