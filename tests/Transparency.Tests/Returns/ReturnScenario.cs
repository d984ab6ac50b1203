using Microsoft.EntityFrameworkCore;
using Transparency.Tests.Infrastructure;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Tests.Returns;

/// <summary>
/// The register the returns tests upload against, seeded once per database. The provider holds C-EMP-1
/// (KPIs K1, a rate with target 60, and K2, days, lower is better), C-HOU-2 (KPI H1) and C-ENDED (ended
/// March 2025); another provider holds C-OTHER. A second provider holds only DWP-EMP-0042, the contract the
/// standard's examples name, so a template filled with the examples is a clean return for it.
/// </summary>
public sealed record ReturnScenario(int ProviderId, int OtherProviderId, int ExampleProviderId)
{
    public const string ProviderIdentifier = "GB-COH-99100001";
    public static readonly Quarter Quarter = new(2025, 2);

    public static async Task<ReturnScenario> EnsureAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        if (await db.Organisations.FirstOrDefaultAsync(o => o.Identifier == ProviderIdentifier) is null)
        {
            await SeedAsync(db);
        }

        var ids = await db.Organisations.Where(o => o.Identifier.StartsWith("GB-COH-991000"))
            .ToDictionaryAsync(o => o.Identifier, o => o.Id);
        return new ReturnScenario(ids[ProviderIdentifier], ids["GB-COH-99100002"], ids["GB-COH-99100003"]);
    }

    private static async Task SeedAsync(TransparencyDbContext db)
    {
        var buyer = TestData.Organisation("GB-GOR-ZZ900", "Scenario Department (fictional)", LegalForm.PublicBody);
        var provider = TestData.Organisation(ProviderIdentifier, "Scenario Provider Ltd");
        var other = TestData.Organisation("GB-COH-99100002", "Other Provider Ltd");
        var example = TestData.Organisation("GB-COH-99100003", "Example Provider Ltd");
        db.AddRange(
            Contract("C-EMP-1", provider, buyer, new(2024, 4, 1), new(2028, 3, 31),
                Kpi("K1", "Job outcomes", KpiUnit.Percentage, 60, KpiDirection.HigherIsBetter, isRate: true),
                Kpi("K2", "Days to first appointment", KpiUnit.Days, 10, KpiDirection.LowerIsBetter)),
            Contract("C-HOU-2", provider, buyer, new(2024, 4, 1), new(2028, 3, 31), Kpi("H1", "Tenancies sustained", KpiUnit.Percentage, 80, KpiDirection.HigherIsBetter)),
            Contract("C-ENDED", provider, buyer, new(2022, 4, 1), new(2025, 3, 31), Kpi("E1", "Old measure", KpiUnit.Count, 5, KpiDirection.HigherIsBetter)),
            Contract("C-OTHER", other, buyer, new(2024, 4, 1), new(2028, 3, 31)),
            Contract("DWP-EMP-0042", example, buyer, new(2024, 4, 1), new(2028, 3, 31),
                Kpi("K1", "Job outcomes", KpiUnit.Percentage, 60, KpiDirection.HigherIsBetter, isRate: true)));
        await db.SaveChangesAsync();
    }

    private static Contract Contract(string reference, Organisation provider, Organisation buyer, DateOnly start, DateOnly end, params KpiDefinition[] kpis)
    {
        var contract = TestData.Contract(provider, buyer).Running(start, end).Build();
        contract.Reference = reference;
        contract.Title = $"Contract {reference}";
        contract.Kpis = [.. kpis];
        return contract;
    }

    private static KpiDefinition Kpi(string code, string name, KpiUnit unit, double target, KpiDirection direction, bool isRate = false) => new()
    {
        Code = code,
        Name = name,
        Unit = unit,
        Target = target,
        Direction = direction,
        IsRate = isRate,
        Kind = KpiKind.Outcome,
    };
}
