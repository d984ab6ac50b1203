using System.Globalization;

namespace Transparency.Web.OcdsImport;

/// <summary>What an OCDS import did. When <see cref="Errors"/> is not empty, nothing was changed.</summary>
public sealed class OcdsImportReport
{
    public int Files { get; set; }

    public int Awards { get; set; }

    public int OrganisationsCreated { get; set; }

    public int OrganisationsUpdated { get; set; }

    public int ContractsCreated { get; set; }

    public int ContractsUpdated { get; set; }

    public int ContractsUnchanged { get; set; }

    /// <summary>Organisations in the files that need review (no usable identifier).</summary>
    public int Flagged { get; set; }

    public List<string> Skipped { get; } = [];

    public List<string> Errors { get; } = [];

    public override string ToString()
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Read {Files} files, {Awards} awards."),
            string.Create(CultureInfo.InvariantCulture, $"Organisations: {OrganisationsCreated} created, {OrganisationsUpdated} updated, {Flagged} flagged for review."),
            string.Create(CultureInfo.InvariantCulture, $"Contracts: {ContractsCreated} created, {ContractsUpdated} updated, {ContractsUnchanged} unchanged."),
        };
        lines.AddRange(Skipped.Select(s => $"Skipped: {s}"));
        lines.AddRange(Errors.Select(e => $"Error: {e}"));
        return string.Join(Environment.NewLine, lines);
    }
}
