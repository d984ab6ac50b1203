using Transparency.Web.Domain;

namespace Transparency.Web.Demo;

/// <summary>Creates the fictional commissioners, parent groups, providers and subcontractors.</summary>
public sealed class DemoOrganisationGenerator(Random random, FictionalNames names, DemoScale scale, DemoStructure structure)
{
    private static readonly DateTime CreatedAt = new(2023, 4, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Sector[] Sectors = Enum.GetValues<Sector>();

    private readonly HashSet<string> _identifiers = new(StringComparer.Ordinal);

    public List<(Organisation Organisation, Sector[] Sectors)> AddCommissioners()
    {
        var result = new List<(Organisation, Sector[])>();
        string[] departments =
        [
            "Department for Work Programmes", "Ministry of Rehabilitation Services", "Department for Adult Skills",
            "Office for Community Safety", "Department for Local Services",
        ];
        for (var i = 0; i < scale.Commissioners; i++)
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
                org = NewOrganisation(names.Unique("{0} Integrated Care Board"), LegalForm.PublicBody, $"GB-NHS-ZZ{i + 100}");
                sectors = [Sector.Health, Sector.SocialCare];
            }
            else
            {
                var name = random.Chance(0.5) ? names.Unique("{0} City Council") : names.Unique("{0}shire County Council");
                org = NewOrganisation(name, LegalForm.PublicBody, $"GB-LAE-{LocalAuthorityCode(i)}");
                sectors = [Sector.SocialCare, Sector.Housing, Sector.Education, Sector.Other, Sector.Health];
            }

            result.Add((org, sectors));
        }

        return result;
    }

    public void AddParentGroups()
    {
        for (var i = 0; i < scale.ParentGroups; i++)
        {
            var pattern = (i % 3) switch { 0 => "{0} Group plc", 1 => "{0} Holdings Ltd", _ => "{0} Partnership" };
            structure.Groups.Add(new ParentGroup { Id = i + 1, Name = names.Unique(pattern), IsDemonstration = true });
        }
    }

    public List<(Organisation Organisation, Sector Sector, double Weight)> AddProviders()
    {
        var providers = new List<(Organisation, Sector, double)>();
        for (var i = 0; i < scale.Providers; i++)
        {
            var roll = random.NextDouble();
            var form = roll < 0.55 ? LegalForm.Company : roll < 0.82 ? LegalForm.Charity : LegalForm.MutualOrSocialEnterprise;
            var sector = Sectors[random.Next(Sectors.Length)];
            var organisation = form switch
            {
                LegalForm.Company => NewOrganisation(names.Unique(CompanyPattern(sector)), form, UniqueNumber("GB-COH-99", 6)),
                LegalForm.Charity => NewOrganisation(names.Unique(random.Chance(0.5) ? "{0} Trust" : "{0} Foundation"), form, UniqueNumber("GB-CHC-99", 5)),
                _ => NewOrganisation(names.Unique(random.Chance(0.5) ? "{0} Community Interest Company" : "{0} Mutual"), form, UniqueNumber("GB-MPR-99", 4) + "R"),
            };

            // Big groups own several providers and win the most work, as the market reviews describe.
            var inGroup = scale.ParentGroups > 0 && random.Chance(0.75);
            var groupIndex = inGroup ? (int)Math.Floor(Math.Pow(random.NextDouble(), 2) * scale.ParentGroups) : -1;
            organisation.ParentGroupId = inGroup ? structure.Groups[groupIndex].Id : null;
            organisation.IsSme = !inGroup && (form != LegalForm.Company || random.Chance(0.6));
            organisation.IsVcse = form != LegalForm.Company;
            var weight = inGroup ? 3.0 / (1 + groupIndex * 0.5) + random.NextDouble() : 0.5 + random.NextDouble();
            providers.Add((organisation, sector, weight));
            structure.ContractsByProvider[organisation.Id] = [];
            structure.Traits[organisation.Id] = new ProviderTraits(
                Quality: Math.Clamp(random.NextGaussian(0, 0.45), -1, 1),
                CreamsAndParks: random.Chance(0.3),
                LateChance: random.Chance(0.2) ? 0.25 + random.NextDouble() * 0.3 : random.NextDouble() * 0.08,
                MissingChance: random.Chance(0.15) ? 0.05 + random.NextDouble() * 0.1 : 0.0,
                RestateChance: 0.02 + random.NextDouble() * 0.08,
                TypicalRespondents: random.Chance(0.2) ? 8 + random.Next(25) : 60 + random.Next(900));
        }

        return providers;
    }

    public List<Organisation> AddSubcontractors(List<(Organisation Organisation, Sector Sector, double Weight)> providers)
    {
        var pool = new List<Organisation>();
        for (var i = 0; i < scale.Subcontractors; i++)
        {
            var charity = random.Chance(0.5);
            var organisation = charity
                ? NewOrganisation(names.Unique(random.Chance(0.5) ? "{0} Community Project" : "{0} Advice Centre"), LegalForm.Charity, UniqueNumber("GB-CHC-99", 5))
                : NewOrganisation(names.Unique("{0} Services Ltd"), LegalForm.Company, UniqueNumber("GB-COH-99", 6));
            organisation.IsSme = charity || random.Chance(0.8);
            organisation.IsVcse = charity;
            pool.Add(organisation);
        }

        // Some providers also work as subcontractors to others: the chains the portal shows.
        pool.AddRange(providers.Where((_, i) => i % 5 == 0).Select(p => p.Organisation));
        return pool;
    }

    private Organisation NewOrganisation(string name, LegalForm form, string identifier)
    {
        var organisation = new Organisation
        {
            Id = structure.Organisations.Count + 1,
            Identifier = identifier,
            Name = name,
            LegalForm = form,
            RegistrationNumber = identifier[(identifier.LastIndexOf('-') + 1)..],
            IsDemonstration = true,
            CreatedAt = CreatedAt,
            UpdatedAt = CreatedAt,
        };
        structure.Organisations.Add(organisation);
        return organisation;
    }

    private string UniqueNumber(string prefix, int digits)
    {
        var limit = (int)Math.Pow(10, digits);
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var candidate = prefix + random.Next(limit).ToString($"D{digits}", System.Globalization.CultureInfo.InvariantCulture);
            if (_identifiers.Add(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"Ran out of demonstration identifiers with the prefix {prefix}.");
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
