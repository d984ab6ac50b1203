using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Tests.Site;

/// <summary>
/// Four employment providers whose contracts share the comparable measure JOBS (percentages, higher is better) in
/// <see cref="SiteFixture.Second"/>. Alpha reports it for two areas and no whole-contract line, 40/100 in the North
/// East and 60/200 in the South East, then corrects the South East to 70/200; Beta, Gamma and Delta report 20%, 30%
/// and 50% for the whole contract.
/// </summary>
public static class PlacesFixture
{
    public const string Alpha = "GB-COH-98000001";
    public const string AlphaContractUrl = "/contracts/places-alpha/";
    public const string BetaContractUrl = "/contracts/places-beta/";
    public const string AlphaReturnsUrl = "/providers/gb-coh-98000001/returns/";

    public static async Task SeedAsync(TransparencyDbContext db)
    {
        var buyer = TestData.Organisation("GB-GOR-PL1", "Department for Places (fictional)", LegalForm.PublicBody);
        var providers = new[] { (Alpha, "Alpha Places Ltd", "PLACES-ALPHA"), ("GB-COH-98000002", "Beta Places Ltd", "PLACES-BETA"), ("GB-COH-98000003", "Gamma Places Ltd", "PLACES-GAMMA"), ("GB-COH-98000004", "Delta Places Ltd", "PLACES-DELTA") };
        var contracts = providers.Select(p =>
        {
            var contract = TestData.Contract(TestData.Organisation(p.Item1, p.Item2), buyer).InSector(Sector.Employment)
                .WithKpi("JOBS", KpiKind.Outcome, target: 35, comparableMeasure: "EMP-JOB-STARTS").WithReference(p.Item3).Build();
            return contract;
        }).ToList();
        contracts[0].Areas.AddRange([new ContractArea { AreaCode = "E12000001" }, new ContractArea { AreaCode = "E12000008" }]);
        db.AddRange(contracts);
        await db.SaveChangesAsync();

        var at = new DateTime(2025, 10, 20, 9, 0, 0, DateTimeKind.Utc);
        var alphaReturn = TestData.Return(contracts[0].Provider!, SiteFixture.Second);
        alphaReturn.FirstPublishedAt = at;
        var first = TestData.PublishedVersion(alphaReturn, 1, at);
        first.Status = ReturnVersionStatus.Superseded;
        new FactBuilder(first, contracts[0]).Funding(PaymentType.Fee, 100_000_00)
            .Result("JOBS", 40, KpiRating.Good, numerator: 40, denominator: 100, area: "E12000001")
            .Result("JOBS", 30, KpiRating.ApproachingTarget, numerator: 60, denominator: 200, area: "E12000008");
        db.Add(first);
        foreach (var (contract, actual) in contracts.Skip(1).Zip([20.0, 30.0, 50.0]))
        {
            var quarterly = TestData.Return(contract.Provider!, SiteFixture.Second);
            quarterly.FirstPublishedAt = at;
            var version = TestData.PublishedVersion(quarterly, 1, at);
            new FactBuilder(version, contract).Funding(PaymentType.Fee, 50_000_00).Result("JOBS", actual, KpiRatings.Derive(actual, 35, KpiDirection.HigherIsBetter));
            db.Add(version);
        }

        await db.SaveChangesAsync();

        var corrected = TestData.PublishedVersion(alphaReturn, 2, at.AddDays(10), "The South East count missed October starts.");
        corrected.SupersedesVersionId = first.Id;
        new FactBuilder(corrected, contracts[0]).Funding(PaymentType.Fee, 100_000_00)
            .Result("JOBS", 40, KpiRating.Good, numerator: 40, denominator: 100, area: "E12000001")
            .Result("JOBS", 35, KpiRating.Good, numerator: 70, denominator: 200, area: "E12000008");
        db.Add(corrected);
        await db.SaveChangesAsync();
    }
}
