using Transparency.Web.Domain;

namespace Transparency.Tests.Infrastructure;

/// <summary>Builds a contract with KPIs for hand-made fixtures.</summary>
public sealed class ContractBuilder(Organisation provider, Organisation commissioner)
{
    private static readonly DateTime Created = new(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly List<KpiDefinition> _kpis = [];
    private Sector _sector = Sector.Employment;
    private DateOnly _start = new(2024, 4, 1);
    private DateOnly _end = new(2028, 3, 31);
    private string? _reference;

    public ContractBuilder InSector(Sector sector)
    {
        _sector = sector;
        return this;
    }

    public ContractBuilder Running(DateOnly start, DateOnly end)
    {
        _start = start;
        _end = end;
        return this;
    }

    public ContractBuilder WithKpi(
        string code,
        KpiKind kind = KpiKind.Outcome,
        double target = 50,
        KpiDirection direction = KpiDirection.HigherIsBetter,
        bool isRate = false,
        string? cohortDimension = null,
        string? comparableMeasure = null)
    {
        _kpis.Add(new KpiDefinition
        {
            Code = code,
            Name = $"KPI {code}",
            Kind = kind,
            Unit = KpiUnit.Percentage,
            Target = target,
            Direction = direction,
            IsRate = isRate,
            CohortDimension = cohortDimension,
            ComparableMeasure = comparableMeasure,
        });
        return this;
    }

    public ContractBuilder WithReference(string reference)
    {
        _reference = reference;
        return this;
    }

    public Contract Build() => new()
    {
        Reference = _reference ?? $"TEST-{provider.Identifier}-{_sector}-{_kpis.Count}",
        Title = $"Test {_sector} contract",
        Provider = provider,
        Commissioner = commissioner,
        Sector = _sector,
        StartDate = _start,
        EndDate = _end,
        TotalValuePence = 100_000_000,
        PaymentModel = PaymentModel.FeeForService,
        Kpis = _kpis,
        CreatedAt = Created,
        UpdatedAt = Created,
    };
}
