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
    private readonly HashSet<string> _identifiers = new(StringComparer.Ordinal);
    private FictionalNames _names = null!;

    public DemoStructure Generate()
    {
        _names = new FictionalNames(_random);
        var commissioners = AddCommissioners();
        AddParentGroups();
        var providers = AddProviders();
        var subcontractors = AddSubcontractors(providers);
        AddContracts(commissioners, providers, subcontractors);
        return _structure;
    }

    private List<(Organisation Organisation, Sector[] Sectors)> AddCommissioners()
    {
        var result = new List<(Organisation, Sector[])>();
        string[] departments =
        [
            "Department for Work Programmes", "Ministry of Rehabilitation Services", "Department for Adult Skills",
            "Office for Community Safety", "Department for Local Services",
        ];
        for (var i = 0; i < _scale.Commissioners; i++)
        {
            var kind = i % 5;
            Organisation org;
            Sector[] sectors;
            if (kind == 0 && i / 5 < departments.Length)
            {
                org = NewOrganisation(departments[i / 5] + " (fictional)", LegalForm.PublicBody, $"GB-GOR-ZZ{i + 1}");
                sectors = (i / 5) switch
                {
                    0 => [Sector.Employment],
                    1 => [Sector.Justice],
                    2 => [Sector.Education, Sector.Employment],
                    3 => [Sector.Justice, Sector.Other],
                    _ => [Sector.Other, Sector.Housing],
                };
            }
            else if (kind is 1 or 3)
            {
                org = NewOrganisation(_names.Unique("{0} Integrated Care Board"), LegalForm.PublicBody, $"GB-NHS-ZZ{i + 100}");
                sectors = [Sector.Health, Sector.SocialCare];
            }
            else
            {
                var name = _random.Chance(0.5) ? _names.Unique("{0} City Council") : _names.Unique("{0}shire County Council");
                org = NewOrganisation(name, LegalForm.PublicBody, $"GB-LAE-{LocalAuthorityCode(i)}");
                sectors = [Sector.SocialCare, Sector.Housing, Sector.Education, Sector.Other, Sector.Health];
            }

            result.Add((org, sectors));
        }

        return result;
    }

    private void AddParentGroups()
    {
        for (var i = 0; i < _scale.ParentGroups; i++)
        {
            var pattern = (i % 3) switch { 0 => "{0} Group plc", 1 => "{0} Holdings Ltd", _ => "{0} Partnership" };
            _structure.Groups.Add(new ParentGroup { Id = i + 1, Name = _names.Unique(pattern), IsDemonstration = true });
        }
    }

    private List<(Organisation Organisation, Sector Sector, double Weight)> AddProviders()
    {
        var providers = new List<(Organisation, Sector, double)>();
        for (var i = 0; i < _scale.Providers; i++)
        {
            var roll = _random.NextDouble();
            var form = roll < 0.55 ? LegalForm.Company : roll < 0.82 ? LegalForm.Charity : LegalForm.MutualOrSocialEnterprise;
            var sector = Sectors[_random.Next(Sectors.Length)];
            var organisation = form switch
            {
                LegalForm.Company => NewOrganisation(_names.Unique(CompanyPattern(sector)), form, UniqueNumber("GB-COH-99", 6)),
                LegalForm.Charity => NewOrganisation(_names.Unique(_random.Chance(0.5) ? "{0} Trust" : "{0} Foundation"), form, UniqueNumber("GB-CHC-99", 5)),
                _ => NewOrganisation(_names.Unique(_random.Chance(0.5) ? "{0} Community Interest Company" : "{0} Mutual"), form, UniqueNumber("GB-MPR-99", 3) + "R"),
            };

            // Big groups own several providers and win the most work, as the market reviews describe.
            var inGroup = _scale.ParentGroups > 0 && _random.Chance(0.75);
            var groupIndex = inGroup ? (int)Math.Floor(Math.Pow(_random.NextDouble(), 2) * _scale.ParentGroups) : -1;
            organisation.ParentGroupId = inGroup ? _structure.Groups[groupIndex].Id : null;
            organisation.IsSme = !inGroup && (form != LegalForm.Company || _random.Chance(0.6));
            organisation.IsVcse = form != LegalForm.Company;
            var weight = inGroup ? 3.0 / (1 + groupIndex * 0.5) + _random.NextDouble() : 0.5 + _random.NextDouble();
            providers.Add((organisation, sector, weight));
            _structure.ContractsByProvider[organisation.Id] = [];
            _structure.Traits[organisation.Id] = new ProviderTraits(
                Quality: Math.Clamp(_random.NextGaussian(0, 0.45), -1, 1),
                CreamsAndParks: _random.Chance(0.3),
                LateChance: _random.Chance(0.2) ? 0.25 + _random.NextDouble() * 0.3 : _random.NextDouble() * 0.08,
                MissingChance: _random.Chance(0.15) ? 0.05 + _random.NextDouble() * 0.1 : 0.0,
                RestateChance: 0.02 + _random.NextDouble() * 0.08,
                TypicalRespondents: _random.Chance(0.2) ? 8 + _random.Next(25) : 60 + _random.Next(900));
        }

        return providers;
    }

    private List<Organisation> AddSubcontractors(List<(Organisation Organisation, Sector Sector, double Weight)> providers)
    {
        var pool = new List<Organisation>();
        for (var i = 0; i < _scale.Subcontractors; i++)
        {
            var charity = _random.Chance(0.5);
            var organisation = charity
                ? NewOrganisation(_names.Unique(_random.Chance(0.5) ? "{0} Community Project" : "{0} Advice Centre"), LegalForm.Charity, UniqueNumber("GB-CHC-99", 5))
                : NewOrganisation(_names.Unique("{0} Services Ltd"), LegalForm.Company, UniqueNumber("GB-COH-99", 6));
            organisation.IsSme = charity || _random.Chance(0.8);
            organisation.IsVcse = charity;
            pool.Add(organisation);
        }

        // Some providers also work as subcontractors to others: the chains the portal shows.
        pool.AddRange(providers.Where((_, i) => i % 5 == 0).Select(p => p.Organisation));
        return pool;
    }

    private void AddContracts(
        List<(Organisation Organisation, Sector[] Sectors)> commissioners,
        List<(Organisation Organisation, Sector Sector, double Weight)> providers,
        List<Organisation> subcontractors)
    {
        var bySector = Sectors.ToDictionary(s => s, s => providers.Where(p => p.Sector == s).ToList());
        var commissionersBySector = Sectors.ToDictionary(s => s, s => commissioners.Where(c => c.Sectors.Contains(s)).Select(c => c.Organisation).ToList());
        var first = options.FirstQuarter;
        for (var i = 0; i < _scale.Contracts; i++)
        {
            // Every provider gets at least one contract; the rest go by weight, so large groups win more.
            var provider = i < providers.Count ? providers[i] : PickWeighted(_random.Chance(0.8) ? bySector[Sectors[_random.Next(Sectors.Length)]] : providers, providers);
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
                (long)Math.Round(contract.TotalValuePence * share), Math.Clamp(_random.NextGaussian(0.2, 0.5), -1, 1)));
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

    private (Organisation Organisation, Sector Sector, double Weight) PickWeighted(
        List<(Organisation Organisation, Sector Sector, double Weight)> candidates,
        List<(Organisation Organisation, Sector Sector, double Weight)> fallback)
    {
        var list = candidates.Count > 0 ? candidates : fallback;
        var total = list.Sum(p => p.Weight);
        var roll = _random.NextDouble() * total;
        foreach (var candidate in list)
        {
            roll -= candidate.Weight;
            if (roll <= 0)
            {
                return candidate;
            }
        }

        return list[^1];
    }

    private Organisation NewOrganisation(string name, LegalForm form, string identifier)
    {
        var organisation = new Organisation
        {
            Id = _structure.Organisations.Count + 1,
            Identifier = identifier,
            Name = name,
            LegalForm = form,
            RegistrationNumber = identifier[(identifier.LastIndexOf('-') + 1)..],
            IsDemonstration = true,
            CreatedAt = CreatedAt,
            UpdatedAt = CreatedAt,
        };
        _structure.Organisations.Add(organisation);
        return organisation;
    }

    private string UniqueNumber(string prefix, int digits)
    {
        var limit = (int)Math.Pow(10, digits);
        while (true)
        {
            var candidate = prefix + _random.Next(limit).ToString($"D{digits}", System.Globalization.CultureInfo.InvariantCulture);
            if (_identifiers.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private static string LocalAuthorityCode(int index)
    {
        // Z-prefixed codes are not allocated to any real council.
        var letters = new char[] { 'Z', (char)('A' + index / 676 % 26), (char)('A' + index / 26 % 26), (char)('A' + index % 26) };
        return new string(letters);
    }

    private static string CompanyPattern(Sector sector) => sector switch
    {
        Sector.Employment => "{0} Employment Services Ltd",
        Sector.Justice => "{0} Justice Services Ltd",
        Sector.Health => "{0} Community Health Ltd",
        Sector.SocialCare => "{0} Care Ltd",
        Sector.Housing => "{0} Housing Support Ltd",
        Sector.Education => "{0} Learning Ltd",
        _ => "{0} Solutions Ltd",
    };
}
