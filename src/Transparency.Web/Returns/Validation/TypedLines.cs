using Transparency.Web.Domain;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Standard;
using static Transparency.Web.Returns.Standard.FieldNames;

namespace Transparency.Web.Returns.Validation;

/// <summary>The lines of an upload with every value read as its type. A line with any bad value is left out (and reported).</summary>
public sealed class TypedLines
{
    public List<FundingLine> Funding { get; } = [];

    public List<KpiLine> KpiResults { get; } = [];

    public List<SubcontractLine> Subcontracts { get; } = [];

    public List<SatisfactionLine> Satisfaction { get; } = [];

    public Dictionary<string, int> LineCounts { get; } = ReturnStandard.Sections.ToDictionary(s => s.Name, _ => 0);

    /// <summary>
    /// The contract references (upper case) of every funding row in the upload and the contract and KPI codes of every
    /// KPI row, including rows refused for a bad value: those rows have an error already, so no "missing" warning.
    /// </summary>
    public HashSet<string> FundingRowsFor { get; } = new(StringComparer.Ordinal);

    public HashSet<(string Contract, string Kpi)> KpiRowsFor { get; } = [];

    /// <summary>Where each section's lines came from, for messages about the section as a whole.</summary>
    public Dictionary<string, SourcePlace> Places { get; } = [];

    public IEnumerable<string> ContractReferences =>
        Funding.Select(l => l.ContractReference).Concat(KpiResults.Select(l => l.ContractReference))
            .Concat(Subcontracts.Select(l => l.ContractReference)).Concat(Satisfaction.Select(l => l.ContractReference));

    public static TypedLines Read(ParsedUpload upload, Quarter quarter, ReportBuilder report)
    {
        var lines = new TypedLines();
        foreach (var table in upload.Tables)
        {
            lines.Places[table.Section.Name] = table.Place;
            lines.LineCounts[table.Section.Name] += table.Rows.Count;
            foreach (var row in table.Rows)
            {
                lines.Present(table.Section, row);
                var reader = new RowReader(row, table, quarter, report);
                reader.QuarterMatches();
                lines.Add(table.Section, reader);
            }
        }

        return lines;
    }

    private void Present(SectionDefinition section, RawRow row)
    {
        if (row[ContractReference] is not { } reference)
        {
            return;
        }

        if (section == ReturnStandard.Funding)
        {
            FundingRowsFor.Add(reference.ToUpperInvariant());
        }
        else if (section == ReturnStandard.KpiResults && row[KpiCode] is { } code)
        {
            KpiRowsFor.Add((reference.ToUpperInvariant(), code.ToUpperInvariant()));
        }
    }

    private void Add(SectionDefinition section, RowReader r)
    {
        if (section == ReturnStandard.Funding)
        {
            var line = new FundingLine(r.At, r.Text(ContractReference)!, r.Code<Domain.PaymentType>(FieldNames.PaymentType) ?? default,
                r.Pence(Amount) ?? 0, r.Date(DateReceived), r.Text(Description));
            Keep(Funding, line, r);
        }
        else if (section == ReturnStandard.KpiResults)
        {
            var line = new KpiLine(r.At, r.Text(ContractReference)!, r.Text(KpiCode)!, r.Text(Cohort), r.Text(AreaCode), r.Number(Actual) ?? 0,
                r.Whole(Numerator), r.Whole(Denominator), r.Code<KpiRating>(Rating), r.Text(Commentary));
            Keep(KpiResults, line, r);
        }
        else if (section == ReturnStandard.Subcontracts)
        {
            var line = new SubcontractLine(r.At, r.Text(ContractReference)!, r.OrganisationId(SubcontractorId), r.Text(SubcontractorName)!,
                r.Text(Service)!, r.Pence(ValuePaidInQuarter) ?? 0, r.Pence(TotalValue), r.Code<KpiRating>(PerformanceRating));
            Keep(Subcontracts, line, r);
        }
        else
        {
            var line = new SatisfactionLine(r.At, r.Text(ContractReference)!, r.Text(Measure)!, r.Code<SatisfactionMethod>(Method) ?? default,
                (int)(r.Whole(Respondents) ?? 0), r.Percentage(PercentPositive) ?? 0, r.Percentage(PercentNegative));
            Keep(Satisfaction, line, r);
        }
    }

    private static void Keep<T>(List<T> list, T line, RowReader reader)
    {
        if (reader.Ok)
        {
            list.Add(line);
        }
    }
}
