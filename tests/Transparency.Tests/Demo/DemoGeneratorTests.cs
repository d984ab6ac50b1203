using Transparency.Web.Demo;
using Transparency.Web.Domain;

namespace Transparency.Tests.Demo;

/// <summary>The generator on its own, without a database: determinism and the shape the brief asks for.</summary>
public sealed class DemoGeneratorTests
{
    private static readonly DemoOptions Options = new();
    private static readonly Lazy<(DemoStructure Structure, List<DemoQuarterBatch> Batches)> Generated = new(() =>
    {
        var structure = new DemoStructureGenerator(Options).Generate();
        return (structure, new DemoReturnsGenerator(Options, structure).Generate().ToList());
    });

    private static DemoStructure Structure => Generated.Value.Structure;

    private static List<DemoQuarterBatch> Batches => Generated.Value.Batches;

    [Fact]
    public void Fingerprint_ForTheSameSeed_IsTheSameEveryTime()
    {
        Assert.Equal(DemoFingerprint.Of(Options), DemoFingerprint.Of(Options));
        Assert.NotEqual(DemoFingerprint.Of(Options), DemoFingerprint.Of(Options with { Seed = 7 }));
    }

    [Fact]
    public void Fingerprint_ForTheDefaultSeed_MatchesTheRecordedValue()
    {
        // Recorded from the generator. If a deliberate change to the generator alters the demonstration
        // data, record the new value here in the same commit and say why in its message.
        var actual = DemoFingerprint.Of(Options);
        Assert.True(actual == RecordedFingerprint, $"The demonstration data for the default seed changed: its fingerprint is now {actual}.");
    }

    [Fact]
    public void Structure_HasTheBriefsShape()
    {
        var commissioners = Structure.Contracts.Select(c => c.CommissionerId).Distinct().Count();
        var providers = Structure.Contracts.Select(c => c.ProviderId).Distinct().Count();

        Assert.Equal(150, Structure.Contracts.Count);
        Assert.Equal(40, providers);
        Assert.InRange(commissioners, 12, 15);
        Assert.Equal(10, Structure.Groups.Count);
        Assert.All(Enum.GetValues<Sector>(), s => Assert.Contains(Structure.Contracts, c => c.Sector == s));
        Assert.Contains(Structure.Contracts, c => c.PaymentModel == PaymentModel.PaymentByResults && c.OutcomePaymentSharePercent > 0);
        Assert.Contains(Structure.Organisations, o => o.LegalForm == LegalForm.Charity);
        Assert.Contains(Structure.Organisations, o => o.LegalForm == LegalForm.MutualOrSocialEnterprise);
        Assert.Contains(Structure.Organisations, o => o.IsSme && o.LegalForm == LegalForm.Company);
    }

    [Fact]
    public void Organisations_AreFictionalWithValidUniqueIdentifiers()
    {
        Assert.All(Structure.Organisations, o =>
        {
            Assert.True(o.IsDemonstration);
            Assert.True(OrgId.TryValidate(o.Identifier, out var error), error);
        });
        Assert.Equal(Structure.Organisations.Count, Structure.Organisations.Select(o => o.Identifier).Distinct().Count());
        Assert.Equal(Structure.Organisations.Count, Structure.Organisations.Select(o => o.Name).Distinct().Count());
        Assert.All(Structure.Organisations.Where(o => o.LegalForm == LegalForm.PublicBody && o.Identifier.StartsWith("GB-GOR", StringComparison.Ordinal)),
            o => Assert.EndsWith("(fictional)", o.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Structure_AtNationalScale_HasTheBriefsCountsAndUniqueValidIdentifiers()
    {
        var national = new DemoStructureGenerator(new DemoOptions { Scale = DemoScale.National }).Generate();

        Assert.Equal(50_000, national.Contracts.Count);
        Assert.Equal(10_000, national.ContractsByProvider.Count);
        Assert.InRange(national.Kpis.Count, 180_000, 220_000);
        Assert.Equal(national.Organisations.Count, national.Organisations.Select(o => o.Identifier).Distinct(StringComparer.Ordinal).Count());
        Assert.All(national.Organisations, o => Assert.True(OrgId.IsValid(o.Identifier), o.Identifier));
    }

    [Fact]
    public void Contracts_HaveThreeToEightKpisAndMostMeasureAnOutcome()
    {
        var kpisPerContract = Structure.Contracts.Select(c => Structure.KpisByContract[c.Id]).ToList();

        Assert.All(kpisPerContract, kpis => Assert.InRange(kpis.Count, 3, 8));
        var withOutcome = kpisPerContract.Count(kpis => kpis.Any(k => k.Kind == KpiKind.Outcome));
        Assert.InRange(withOutcome, Structure.Contracts.Count * 3 / 4, Structure.Contracts.Count - 1);
        Assert.All(Enum.GetValues<KpiKind>(), kind => Assert.Contains(Structure.Kpis, k => k.Kind == kind));
        Assert.Contains(Structure.Kpis, k => k.CohortDimension is not null);
    }

    [Fact]
    public void Returns_IncludeLateMissingDraftRestatedAndWithdrawn()
    {
        var returns = Batches.SelectMany(b => b.Returns).ToList();
        var versions = Batches.SelectMany(b => b.Versions).ToList();
        var expected = Batches.Sum(b => Structure.ContractsByProvider.Count(p => p.Value.Any(c => c.IsActiveIn(b.Quarter))));

        Assert.Equal(12, Batches.Count);
        Assert.Contains(returns, r => r.FirstPublishedAt?.Date > r.DueDate.ToDateTime(TimeOnly.MinValue));
        Assert.True(returns.Count(r => r.FirstPublishedAt is not null) < expected, "Some returns due should be missing.");
        Assert.Contains(versions, v => v.Status == ReturnVersionStatus.Draft);
        Assert.Contains(versions, v => v.Status == ReturnVersionStatus.Superseded);
        Assert.Contains(versions, v => v.Status == ReturnVersionStatus.Withdrawn);
        Assert.All(versions.Where(v => v.Status == ReturnVersionStatus.Draft), v => Assert.Null(v.PublishedAt));
        Assert.All(returns, r => Assert.True(r.FirstPublishedAt is null || r.FirstPublishedAt <= Options.AsOf));
    }

    [Fact]
    public void Restatements_PointAtTheVersionTheySupersede()
    {
        var versions = Batches.SelectMany(b => b.Versions).ToDictionary(v => v.Id);
        var restated = versions.Values.Where(v => v.VersionNumber > 1).ToList();

        Assert.NotEmpty(restated);
        Assert.All(restated, v =>
        {
            var previous = versions[Assert.NotNull(v.SupersedesVersionId)];
            Assert.Equal(v.ReturnId, previous.ReturnId);
            Assert.Equal(v.VersionNumber - 1, previous.VersionNumber);
            Assert.False(string.IsNullOrWhiteSpace(v.RestatementReason));
            Assert.True(v.PublishedAt > previous.PublishedAt);
            Assert.Equal(v.Status == ReturnVersionStatus.Withdrawn ? ReturnVersionStatus.Published : ReturnVersionStatus.Superseded, previous.Status);
        });
        Assert.All(versions.Values.GroupBy(v => v.ReturnId), g => Assert.True(g.Count(v => v.Status == ReturnVersionStatus.Published) <= 1));
    }

    [Fact]
    public void Facts_AreConsistent()
    {
        var kpis = Structure.Kpis.ToDictionary(k => k.Id);
        var results = Batches.SelectMany(b => b.KpiResults).ToList();
        var satisfaction = Batches.SelectMany(b => b.Satisfaction).ToList();
        var subcontracts = Batches.SelectMany(b => b.Subcontracts).ToList();
        var organisations = Structure.Organisations.ToDictionary(o => o.Id);

        Assert.All(results.Where(r => r.Denominator is not null), r => Assert.InRange(r.Numerator!.Value, 0, r.Denominator!.Value));
        Assert.All(results, r => Assert.Equal(KpiRatings.Derive(r.Actual, kpis[r.KpiDefinitionId].Target, kpis[r.KpiDefinitionId].Direction), r.Rating));
        Assert.Contains(results, r => r.Cohort is not null);
        Assert.All(satisfaction, s => Assert.True(s.Respondents > 0 && s.PercentPositive + (s.PercentNegative ?? 0) <= 100));
        Assert.Contains(satisfaction, s => s.Respondents < 30);
        Assert.Contains(subcontracts, s => organisations[s.SubcontractorId].IsSme);
        Assert.Contains(subcontracts, s => organisations[s.SubcontractorId].IsVcse);
        Assert.Contains(subcontracts, s => Structure.ContractsByProvider.ContainsKey(s.SubcontractorId));
        Assert.Contains(Batches.SelectMany(b => b.Funding), f => f.PaymentType == PaymentType.OutcomePayment);
        Assert.Contains(Batches.SelectMany(b => b.Funding), f => f.PaymentType == PaymentType.ServiceCreditDeduction && f.AmountPence < 0);
    }

    private const string RecordedFingerprint = "d84ff1290fad4a4daff03afbe09c4b76159fa5d76b4d758c8fc10179d9674ec4";
}
