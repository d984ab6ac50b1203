using static Transparency.Web.Returns.Standard.FieldNames;

namespace Transparency.Web.Returns.Standard;

/// <summary>
/// The return data standard, defined once. The provider guide (content/data-standard.md), the JSON Schema,
/// the CSV and workbook templates, the parsers and the validator are all built from these definitions.
/// </summary>
public static class ReturnStandard
{
    public const string Version = "1.0";

    /// <summary>The path segment downloads are served under: /standard/v1/…</summary>
    public const string PathVersion = "v1";

    public static SectionDefinition Funding { get; } = new()
    {
        Name = "funding",
        JsonName = "funding",
        Title = "Funding",
        RowNoun = "funding line",
        Description = "Money you received from government under each contract in the quarter. Give one line per payment type, " +
            "or more when you want to describe payments separately. Every active contract should have at least one line.",
        Fields =
        [
            QuarterField(),
            ContractField(),
            new()
            {
                Name = PaymentType, Title = "Payment type", Type = FieldType.Code, Required = true, Example = "fee",
                AllowedValues = StandardCodes.PaymentTypes,
                Meaning = "What the payment was for: a fee for the service, an outcome payment for results achieved, a grant, " +
                    "or a service-credit deduction taken off for missed KPIs.",
            },
            new()
            {
                Name = Amount, Title = "Amount", Type = FieldType.Money, Required = true, Example = "1250.50", Unit = "pounds (£)",
                AllowsNegative = true,
                Meaning = "The amount received in the quarter, in pounds and pence. A service-credit deduction is negative, like -1500.00; " +
                    "every other payment type is zero or more.",
            },
            new()
            {
                Name = DateReceived, Title = "Date received", Type = FieldType.Date, Required = false, Example = "2025-08-15",
                Meaning = "When the payment arrived, if you want to give it. It must fall inside the quarter. The portal checks it " +
                    "but does not publish it in version 1.0 of the standard.",
            },
            new()
            {
                Name = Description, Title = "Description", Type = FieldType.Text, Required = false, Example = "Service fee", MaxLength = 500, Multiline = true,
                Meaning = "A short description of the payment, published as you write it.",
            },
        ],
    };

    public static SectionDefinition KpiResults { get; } = new()
    {
        Name = "kpi-results",
        JsonName = "kpi_results",
        Title = "KPI results",
        RowNoun = "KPI result",
        Description = "Your result for each key performance indicator in the contract, for the whole service and, where the KPI " +
            "is broken down, for each cohort or area. The KPI codes are the ones registered for the contract.",
        Fields =
        [
            QuarterField(),
            ContractField(),
            new()
            {
                Name = KpiCode, Title = "KPI code", Type = FieldType.Text, Required = true, Example = "K1", MaxLength = 40,
                Meaning = "The code of the KPI as registered for the contract.",
            },
            new()
            {
                Name = Cohort, Title = "Cohort", Type = FieldType.Text, Required = false, Example = "Long-term unemployed", MaxLength = 100,
                Meaning = "The group of people the result is for, when the KPI is broken down. Leave empty for the whole service.",
            },
            new()
            {
                Name = AreaCode, Title = "Area code", Type = FieldType.Text, Required = false, Example = "E12000001", MaxLength = 9,
                Pattern = "^[EKLMNSW][0-9]{8}$", PatternHint = "an ONS GSS code: a capital letter then 8 digits, like E12000001",
                Meaning = "The ONS GSS code of the area the result covers, when you report by area. Leave empty otherwise.",
            },
            new()
            {
                Name = Actual, Title = "Actual", Type = FieldType.Number, Required = true, Example = "62.5", Unit = "the KPI's unit",
                AllowsNegative = true,
                Meaning = "The result achieved, in the KPI's unit. For a percentage KPI give a number from 0 to 100, without the % sign if you can.",
            },
            new()
            {
                Name = Numerator, Title = "Numerator", Type = FieldType.WholeNumber, Required = false, Example = "125", Unit = "people or cases",
                Meaning = "For a rate, how many met the measure (for example 125 people into work). Give it with the denominator.",
            },
            new()
            {
                Name = Denominator, Title = "Denominator", Type = FieldType.WholeNumber, Required = false, Example = "200", Unit = "people or cases",
                Meaning = "For a rate, how many could have met it (for example 200 people who started). It must be more than zero and at least the numerator.",
            },
            new()
            {
                Name = Rating, Title = "Rating", Type = FieldType.Code, Required = false, Example = "good", AllowedValues = StandardCodes.Ratings,
                Meaning = "Your rating on the Procurement Act 2023 KPI scale. Leave empty and the portal rates the actual against the target. " +
                    "A rating that disagrees with the actual and target is published as you give it, with a warning.",
            },
            new()
            {
                Name = Commentary, Title = "Commentary", Type = FieldType.Text, Required = false, Example = "Referrals fell in August.", MaxLength = 2000, Multiline = true,
                Meaning = "Anything a reader needs to understand the result, published as you write it.",
            },
        ],
    };

    public static SectionDefinition Subcontracts { get; } = new()
    {
        Name = "subcontracts",
        JsonName = "subcontracts",
        Title = "Subcontracts",
        RowNoun = "subcontract",
        Description = "Work you passed to subcontractors under each contract, and what you paid them. Identify each subcontractor " +
            "by its org-id.guide identifier; a subcontractor the portal does not know yet is added when you publish.",
        Fields =
        [
            QuarterField(),
            ContractField(),
            new()
            {
                Name = SubcontractorId, Title = "Subcontractor identifier", Type = FieldType.OrganisationId, Required = false,
                Example = "GB-CHC-1234567", MaxLength = 80,
                Meaning = "The subcontractor's org-id.guide identifier: GB-COH- and the Companies House number for a company, " +
                    "GB-CHC- and the charity number for a charity. If you leave it empty the line is accepted with a warning.",
            },
            new()
            {
                Name = SubcontractorName, Title = "Subcontractor name", Type = FieldType.Text, Required = true,
                Example = "Northside Community Trust", MaxLength = 300, IsName = true,
                Meaning = "The subcontractor's registered name.",
            },
            new()
            {
                Name = Service, Title = "Service", Type = FieldType.Text, Required = true, Example = "Mentoring", MaxLength = 300,
                Meaning = "What the subcontractor does under the contract.",
            },
            new()
            {
                Name = ValuePaidInQuarter, Title = "Value paid in quarter", Type = FieldType.Money, Required = true, Example = "8400.00",
                Unit = "pounds (£)", Meaning = "What you paid the subcontractor in the quarter.",
            },
            new()
            {
                Name = TotalValue, Title = "Total value", Type = FieldType.Money, Required = false, Example = "96000.00", Unit = "pounds (£)",
                Meaning = "The total value of the subcontract over its whole term, if you know it. Leave it empty when it is not known " +
                    "(for example a call-off with no fixed value): the line is published with the total shown as \"not stated\", and the " +
                    "return's data quality score counts it as a value missing. The value paid in the quarter is always required.",
            },
            new()
            {
                Name = PerformanceRating, Title = "Performance rating", Type = FieldType.Code, Required = false, Example = "good",
                AllowedValues = StandardCodes.Ratings, Meaning = "Your rating of the subcontractor's performance, where practical.",
            },
        ],
    };

    public static SectionDefinition Satisfaction { get; } = new()
    {
        Name = "satisfaction",
        JsonName = "satisfaction",
        Title = "Satisfaction",
        RowNoun = "satisfaction result",
        Description = "What the people who use the service said about it in the quarter.",
        Fields =
        [
            QuarterField(),
            ContractField(),
            new()
            {
                Name = Measure, Title = "Measure", Type = FieldType.Text, Required = true, Example = "Overall satisfaction with the service",
                MaxLength = 300, Meaning = "The question or measure, as you asked it.",
            },
            new()
            {
                Name = Method, Title = "Method", Type = FieldType.Code, Required = true, Example = "survey",
                AllowedValues = StandardCodes.SatisfactionMethods, Meaning = "How you asked.",
            },
            new()
            {
                Name = Respondents, Title = "Respondents", Type = FieldType.WholeNumber, Required = true, Example = "240", Unit = "people",
                Meaning = "How many people answered. It must be more than zero.",
            },
            new()
            {
                Name = PercentPositive, Title = "Percent positive", Type = FieldType.Percentage, Required = true, Example = "81.5", Unit = "%",
                Meaning = "The share of respondents who answered positively, from 0 to 100.",
            },
            new()
            {
                Name = PercentNegative, Title = "Percent negative", Type = FieldType.Percentage, Required = false, Example = "6", Unit = "%",
                Meaning = "The share who answered negatively, from 0 to 100. Positive and negative together cannot be more than 100.",
            },
        ],
    };

    public static IReadOnlyList<SectionDefinition> Sections { get; } = [Funding, KpiResults, Subcontracts, Satisfaction];

    /// <summary>The section with this sheet or file name (without extension), ignoring case; null when there is none.</summary>
    public static SectionDefinition? FindSection(string name) =>
        Sections.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static FieldDefinition QuarterField() => new()
    {
        Name = Quarter,
        Title = "Quarter",
        Type = FieldType.Quarter,
        Required = true,
        Example = "2025-26 Q2",
        Meaning = "The financial-year quarter the line is for. It must be the quarter you choose when you upload, on every line.",
    };

    private static FieldDefinition ContractField() => new()
    {
        Name = ContractReference,
        Title = "Contract reference",
        Type = FieldType.Text,
        Required = true,
        Example = "DWP-EMP-0042",
        MaxLength = 80,
        Meaning = "The portal's reference for your contract, as shown on your contracts page. It must be one of your contracts, active in the quarter.",
    };
}
