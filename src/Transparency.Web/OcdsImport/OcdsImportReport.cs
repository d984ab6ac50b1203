using System.Globalization;

namespace Transparency.Web.OcdsImport;

/// <summary>What an OCDS import did, file by file, with the totals. Anything skipped is listed with its reason.</summary>
public sealed class OcdsImportReport
{
    public List<OcdsFileReport> FileReports { get; } = [];

    /// <summary>Set when there was nothing to import at all (no file at the path).</summary>
    public string? Problem { get; set; }

    public int Files => FileReports.Count;

    public int Awards => FileReports.Sum(f => f.Awards);

    public int OrganisationsCreated => FileReports.Sum(f => f.OrganisationsCreated);

    public int OrganisationsUpdated => FileReports.Sum(f => f.OrganisationsUpdated);

    public int Flagged => FileReports.Sum(f => f.Flagged);

    public int ContractsCreated => FileReports.Sum(f => f.ContractsCreated);

    public int ContractsUpdated => FileReports.Sum(f => f.ContractsUpdated);

    public int ContractsUnchanged => FileReports.Sum(f => f.ContractsUnchanged);

    public IReadOnlyList<string> Skipped => [.. FileReports.SelectMany(f => f.Skipped.Select(s => $"{f.Name}: {s}"))];

    /// <summary>True when something could not be imported: the command then exits with 1.</summary>
    public bool SkippedAnything => Problem is not null || FileReports.Any(f => f.Skipped.Count > 0);

    public override string ToString()
    {
        var lines = FileReports.SelectMany(f => f.Lines()).ToList();
        if (Problem is not null)
        {
            lines.Add($"Error: {Problem}");
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Read {Files} files, {Awards} awards."));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Organisations: {OrganisationsCreated} created, {OrganisationsUpdated} updated, {Flagged} flagged for review."));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Contracts: {ContractsCreated} created, {ContractsUpdated} updated, {ContractsUnchanged} unchanged."));
        var skipped = FileReports.Sum(f => f.Skipped.Count);
        if (skipped > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Skipped: {skipped} (listed above with the reason for each)."));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
