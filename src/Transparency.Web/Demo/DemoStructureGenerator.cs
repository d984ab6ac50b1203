using Transparency.Web.Domain;

namespace Transparency.Web.Demo;

/// <summary>Creates the fictional organisations, contracts and KPI definitions for a scale and seed.</summary>
public sealed class DemoStructureGenerator(DemoOptions options)
{
    private static readonly DateTime CreatedAt = new(2023, 4, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Sector[] Sectors = Enum.GetValues<Sector>();

    private readonly Random _random = DemoRandom.For(options.Seed, 1);
    private readonly DemoScale _scale = options.Scale;
    private readonly DemoStructure _structure = new();
    private FictionalNames _names = null!;

    public DemoStructure Generate()
    {
        _names = new FictionalNames(_random);
        var organisations = new DemoOrganisationGenerator(_random, _names, _scale, _structure);
        var commissioners = organisations.AddCommissioners();
        organisations.AddParentGroups();
        var providers = organisations.AddProviders();
        var subcontractors = organisations.AddSubcontractors(providers);
        AddContracts(commissioners, providers, subcontractors);
        return _structure;
    }

    private void AddContracts(
        List<(Organisation Organisation, Sector[] Sectors)> commissioners,
        List<(Organisation Organisation, Sector Sector, double Weight)> providers,
        List<Organisation> subcontractors)
    {
        var everyone = new WeightedPicker<(Organisation Organisation, Sector Sector, double Weight)>(providers, p => p.Weight);
        var bySector = Sectors.ToDictionary(s => s, s => new WeightedPicker<(Organisation Organisation, Sector Sector, double Weight)>(providers.Where(p => p.Sector == s).ToList(), p => p.Weight));
        var commissionersBySector = Sectors.ToDictionary(s => s, s => commissioners.Where(c => c.Sectors.Contains(s)).Select(c => c.Organisation).ToList());
        var first = options.FirstQuarter;
        for (var i = 0; i < _scale.Contracts; i++)
        {
            // Every provider gets at least one contract; the rest go by weight, so large groups win more.
            var provider = i < providers.Count ? providers[i] : PickProvider(_random.Chance(0.8) ? bySector[Sectors[_random.Next(Sectors.Length)]] : everyone, everyone);
            var sector = i < providers.Count || _random.Chance(0.8) ? provider.Sector : Sectors[_random.Next(Sectors.Length)];
            var candidates = commissionersBySector[sector];
            var commissioner = candidates.Count > 0 ? _random.Pick(candidates) : commissioners[_random.Next(commissioners.Count)].Organisation;

            var (start, end) = Term(first);
            var quarters = QuarterCount(start, end);
            var quarterlyPence = (long)Math.Round((200_000 + _random.NextDouble() * 4_800_000) * 100);
            var model = PaymentModelFor(sector);
            var contract = new Contract
            {
                Id = i + 1,
                Reference = $"DEMO-{i + 1:D6}",
                Title = DemoCatalogue.ContractTitle(sector, _names.Stem()),
                Description = "Fictional contract generated as demonstration data.",
                CommissionerId = commissioner.Id,
                ProviderId = provider.Organisation.Id,
                Sector = sector,
                StartDate = start,
                EndDate = end,
                TotalValuePence = quarterlyPence * quarters,
                PaymentModel = model,
                OutcomePaymentSharePercent = model == PaymentModel.PaymentByResults ? 10 + _random.Next(7) * 5 : null,
                CreatedAt = CreatedAt,
                UpdatedAt = CreatedAt,
            };
            _structure.Contracts.Add(contract);
            _structure.ContractsByProvider[contract.ProviderId].Add(contract);
            AddAreas(contract);
            AddKpis(contract);
            AddSubcontracts(contract, subcontractors);
        }
    }

    private void AddAreas(Contract contract)
    {
        var regions = DemoCatalogue.EnglishRegions;
        var firstRegion = _random.Next(regions.Length);
        var count = _random.Chance(0.25) ? 2 : 1;
        _structure.PrimaryAreas[contract.Id] = regions[firstRegion];
        for (var i = 0; i < count; i++)
        {
            _structure.Areas.Add(new ContractArea { ContractId = contract.Id, AreaCode = regions[(firstRegion + i * 3) % regions.Length] });
        }
    }

    private void AddKpis(Contract contract)
    {
        var templates = DemoCatalogue.KpisFor(contract.Sector);
        var count = Math.Min(templates.Count, _random.Next(_scale.MinKpisPerContract, _scale.MaxKpisPerContract + 1));
        // About one contract in seven measures only activity: the "inputs and outputs, not outcomes" problem.
        var allowOutcomes = !_random.Chance(0.15);
        var pool = templates.Where(t => allowOutcomes || t.Kind != KpiKind.Outcome).OrderBy(_ => _random.Next()).ToList();
        if (allowOutcomes && !pool.Take(count).Any(t => t.Kind == KpiKind.Outcome))
        {
            var outcome = pool.First(t => t.Kind == KpiKind.Outcome);
            pool.Remove(outcome);
            pool.Insert(0, outcome);
        }

        var chosen = pool.Take(Math.Min(count, pool.Count)).ToList();
        var kpis = new List<KpiDefinition>();
        for (var k = 0; k < chosen.Count; k++)
        {
            var template = chosen[k];
            kpis.Add(new KpiDefinition
            {
                Id = _structure.Kpis.Count + 1,
                ContractId = contract.Id,
                Code = $"K{k + 1}",
                Name = template.Name,
                Description = $"{template.Name}. Fictional KPI generated as demonstration data.",
                Kind = template.Kind,
                Unit = template.Unit,
                Target = template.Target,
                Direction = template.Direction,
                ServiceCreditsApply = _random.Chance(0.3),
                CohortDimension = template.CohortDimension is not null && _random.Chance(_scale.CohortShare) ? template.CohortDimension : null,
                ComparableMeasure = template.ComparableMeasure,
                IsRate = template.IsRate,
            });
            _structure.Kpis.Add(kpis[^1]);
        }

        _structure.KpisByContract[contract.Id] = kpis;
    }

    private void AddSubcontracts(Contract contract, List<Organisation> subcontractors)
    {
        if (subcontractors.Count == 0 || !_random.Chance(_scale.SubcontractedShare))
        {
            return;
        }

        var planned = new List<PlannedSubcontract>();
        var count = 1 + (_scale.DetailedFunding ? _random.Next(3) : 0);
        for (var s = 0; s < count; s++)
        {
            var subcontractor = _random.Pick(subcontractors);
            if (subcontractor.Id == contract.ProviderId || planned.Any(p => p.SubcontractorId == subcontractor.Id))
            {
                continue;
            }

            var share = 0.05 + _random.NextDouble() * 0.2;
            planned.Add(new PlannedSubcontract(subcontractor.Id, _random.Pick(DemoCatalogue.SubcontractServices),
                (long)Math.Round((contract.TotalValuePence ?? 0) * share), Math.Clamp(_random.NextGaussian(0.2, 0.5), -1, 1)));
        }

        if (planned.Count > 0)
        {
            _structure.Subcontracts[contract.Id] = planned;
        }
    }

    private (DateOnly Start, DateOnly End) Term(Quarter first)
    {
        if (_random.Chance(_scale.FullTermShare))
        {
            return (first.StartDate.AddMonths(-3 * _random.Next(1, 8)), options.LastQuarter.EndDate.AddMonths(3 * _random.Next(2, 12)));
        }

        var startQuarter = first.AddQuarters(_random.Next(-4, _scale.Quarters - 2));
        var length = 4 + _random.Next(9);
        return (startQuarter.StartDate, startQuarter.AddQuarters(length - 1).EndDate);
    }

    private static int QuarterCount(DateOnly start, DateOnly end) =>
        Quarter.Containing(end).Code / 10 * 4 + Quarter.Containing(end).Number - (Quarter.Containing(start).Code / 10 * 4 + Quarter.Containing(start).Number) + 1;

    private PaymentModel PaymentModelFor(Sector sector) => sector switch
    {
        Sector.Employment or Sector.Justice => _random.Chance(0.6) ? PaymentModel.PaymentByResults : PaymentModel.FeeForService,
        Sector.Health or Sector.SocialCare => _random.Chance(0.5) ? PaymentModel.Block : PaymentModel.FeeForService,
        Sector.Housing => _random.Chance(0.3) ? PaymentModel.Grant : PaymentModel.Block,
        Sector.Education => _random.Chance(0.5) ? PaymentModel.Grant : PaymentModel.FeeForService,
        _ => _random.Chance(0.2) ? PaymentModel.PaymentByResults : PaymentModel.FeeForService,
    };

    private (Organisation Organisation, Sector Sector, double Weight) PickProvider(
        WeightedPicker<(Organisation Organisation, Sector Sector, double Weight)> candidates,
        WeightedPicker<(Organisation Organisation, Sector Sector, double Weight)> fallback) =>
        (candidates.Count > 0 ? candidates : fallback).Pick(_random);
}
