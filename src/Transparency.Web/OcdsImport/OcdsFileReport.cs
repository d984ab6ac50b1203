using System.Globalization;

namespace Transparency.Web.OcdsImport;

/// <summary>What the import did with one file: it is written in its own transaction, so a skipped file changed nothing.</summary>
public sealed class OcdsFileReport(string name)
{
    public string Name { get; } = name;

    public int Awards { get; set; }

    public int OrganisationsCreated { get; set; }

    public int OrganisationsUpdated { get; set; }

    /// <summary>Organisations this file created that need review (no usable identifier).</summary>
    public int Flagged { get; set; }

    public int ContractsCreated { get; set; }

    public int ContractsUpdated { get; set; }

    public int ContractsUnchanged { get; set; }

    /// <summary>Awards (or the whole file) that could not be imported, and why: someone should look at these.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>What was left out on purpose or merged (cancelled awards, a supplier listed twice), and why.</summary>
    public List<string> Notes { get; } = [];

    public IEnumerable<string> Lines()
    {
        yield return string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {Awards} awards; organisations {OrganisationsCreated} created, {OrganisationsUpdated} updated, {Flagged} flagged for review; contracts {ContractsCreated} created, {ContractsUpdated} updated, {ContractsUnchanged} unchanged.");
        foreach (var note in Notes)
        {
            yield return $"  Note: {note}";
        }

        foreach (var skipped in Skipped)
        {
            yield return $"  Skipped: {skipped}";
        }
    }
}
