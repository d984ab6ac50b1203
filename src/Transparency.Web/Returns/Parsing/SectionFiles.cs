using Transparency.Web.Returns.Standard;
using Transparency.Web.Returns.Validation;

namespace Transparency.Web.Returns.Parsing;

/// <summary>Which section a CSV file is, from its name: funding.csv, kpi-results.csv, subcontracts.csv or satisfaction.csv.</summary>
public static class SectionFiles
{
    public static string Expected => string.Join(", ", ReturnStandard.Sections.Select(s => s.FileName));

    /// <summary>The section, or null (reported) when the name is not a section's, or the section came already.</summary>
    public static SectionDefinition? Match(string fileName, string? container, ISet<string> seen, ReportBuilder report)
    {
        var section = string.Equals(Path.GetExtension(fileName), ".csv", StringComparison.OrdinalIgnoreCase)
            ? ReturnStandard.FindSection(Path.GetFileNameWithoutExtension(fileName))
            : null;
        var place = new SourcePlace(container ?? fileName, null);
        if (section is null)
        {
            report.Error(RuleCodes.FileNameUnknown, container is null
                ? $"Name each CSV file after its section: {Expected}. '{fileName}' is not one of them."
                : $"'{container}' contains '{fileName}', which is not a section file. A return .zip holds only {Expected}.",
                place, value: fileName);
            return null;
        }

        if (!seen.Add(section.Name))
        {
            report.Error(RuleCodes.SectionDuplicate,
                $"The upload has '{section.FileName}' more than once. Put all the {section.Title.ToLowerInvariant()} lines in one file.", place, value: fileName);
            return null;
        }

        return section;
    }
}
