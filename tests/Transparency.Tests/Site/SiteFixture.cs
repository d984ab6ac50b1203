using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.Demo;
using Transparency.Web.Domain;

namespace Transparency.Tests.Site;

/// <summary>
/// A small, hand-made public record: one provider with one contract and two KPIs, two quarters of returns
/// (the second corrected once), a subcontractor whose service name looks like a spreadsheet formula, and the
/// demonstration-data setting. Site pages built from it are compared with golden files.
/// </summary>
public static class SiteFixture
{
    public const string ProviderUrl = "/providers/gb-coh-99000001/";
    public const string ContractUrl = "/contracts/test-contract-1/";
    public const string AsOf = "2025-12-01T12:00:00Z";
    public static readonly Quarter First = new(2025, 1);
    public static readonly Quarter Second = new(2025, 2);

    public static async Task<Contract> SeedAsync(TransparencyDbContext db)
    {
        var buyer = TestData.Organisation("GB-GOR-ZZ1", "Department for Tests (fictional)", LegalForm.PublicBody);
        var provider = TestData.Organisation("GB-COH-99000001", "Alpha Care Ltd");
        var helper = TestData.Organisation("GB-COH-99000002", "Small Help CIC", LegalForm.MutualOrSocialEnterprise);
        helper.IsSme = true;
        helper.IsVcse = true;
        var contract = TestData.Contract(provider, buyer).InSector(Sector.SocialCare)
            .WithKpi("K1", KpiKind.Outcome, target: 60).WithKpi("K2", KpiKind.Output, target: 10, direction: KpiDirection.LowerIsBetter).Build();
        contract.Reference = "TEST-CONTRACT-1";
        contract.Title = "Home support & reablement";
        db.AddRange(contract, helper);
        db.Settings.Add(new PortalSetting { Key = DemoMarker.SettingKey, Value = DemoMarker.Notice, UpdatedAt = new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc) });
        await db.SaveChangesAsync();

        var firstReturn = TestData.Return(provider, First);
        var v1 = Published(firstReturn, 1, new DateTime(2025, 7, 20, 9, 0, 0, DateTimeKind.Utc));
        AddFacts(v1, contract, helper, First, fee: 2_500_000_00, k1: 58.5, k2: 9);
        var secondReturn = TestData.Return(provider, Second);
        var original = Published(secondReturn, 1, new DateTime(2025, 11, 3, 9, 0, 0, DateTimeKind.Utc));
        original.Status = ReturnVersionStatus.Superseded;
        AddFacts(original, contract, helper, Second, fee: 2_400_000_00, k1: 61.0, k2: 12);
        db.AddRange(v1, original);
        await db.SaveChangesAsync();

        var corrected = Published(secondReturn, 2, new DateTime(2025, 11, 20, 9, 0, 0, DateTimeKind.Utc), "The K1 count missed people who started in September.");
        corrected.SupersedesVersionId = original.Id;
        AddFacts(corrected, contract, helper, Second, fee: 2_400_000_00, k1: 63.5, k2: 12);
        db.Add(corrected);
        firstReturn.FirstPublishedAt = v1.PublishedAt;
        secondReturn.FirstPublishedAt = original.PublishedAt;
        await db.SaveChangesAsync();
        return contract;
    }

    public static ReturnVersion Published(QuarterlyReturn quarterlyReturn, int number, DateTime at, string? reason = null) =>
        TestData.PublishedVersion(quarterlyReturn, number, at, reason);

    public static void AddFacts(ReturnVersion version, Contract contract, Organisation helper, Quarter quarter, long fee, double k1, double k2)
    {
        version.Funding.Add(new FundingRecord { Contract = contract, QuarterCode = quarter.Code, PaymentType = PaymentType.Fee, AmountPence = fee, Description = "Service fee" });
        version.KpiResults.Add(Result(contract.Kpis[0], contract, quarter, k1));
        version.KpiResults.Add(Result(contract.Kpis[1], contract, quarter, k2));
        version.Satisfaction.Add(new SatisfactionResult { Contract = contract, QuarterCode = quarter.Code, Measure = "Overall satisfaction", Method = SatisfactionMethod.Survey, Respondents = 120, PercentPositive = 81.5, PercentNegative = 6 });
        version.Subcontracts.Add(new SubcontractRecord { Contract = contract, QuarterCode = quarter.Code, Subcontractor = helper, Service = "=HYPERLINK(\"http://example.invalid\")", ValuePaidInQuarterPence = 150_000_00, TotalValuePence = 1_200_000_00, PerformanceRating = KpiRating.Good });
    }

    private static KpiResult Result(KpiDefinition kpi, Contract contract, Quarter quarter, double actual) => new()
    {
        KpiDefinition = kpi,
        ContractId = contract.Id,
        QuarterCode = quarter.Code,
        Actual = actual,
        Rating = KpiRatings.Derive(actual, kpi.Target, kpi.Direction),
        RatingDerived = true,
    };
}
