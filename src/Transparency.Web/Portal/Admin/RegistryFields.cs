using Transparency.Web.Administration.Registry;
using Transparency.Web.Domain;

namespace Transparency.Web.Portal.Admin;

/// <summary>Labels and hints for the registry's columns, shared by the registration forms and the CSV import page.</summary>
public static class RegistryFields
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["identifier"] = "An org-id.guide identifier, like GB-COH-01234567 (Companies House) or GB-CHC-1234567 (Charity Commission).",
        ["legal_form"] = $"One of: {RowCheck.Choices<LegalForm>()}.",
        ["sme"] = "Yes or no: fewer than 250 staff and turnover up to £44 million.",
        ["vcse"] = "Yes or no: a voluntary, community or social enterprise.",
        ["website"] = "The full address, starting with https://.",
        ["reference"] = "The portal's reference for the contract, like DWP-REST-2025-001.",
        ["commissioner"] = "The commissioner's organisation identifier, like GB-GOR-D18.",
        ["provider"] = "The provider's organisation identifier, like GB-COH-01234567.",
        ["sector"] = $"One of: {RowCheck.Choices<Sector>()}.",
        ["start_date"] = "For example, 2025-04-01 or 01/04/2025.",
        ["end_date"] = "For example, 2028-03-31 or 31/03/2028.",
        ["total_value"] = "In pounds, over the whole term, like 1250000.00. Leave it empty when it is not known: the site shows \"not stated\".",
        ["payment_model"] = $"One of: {RowCheck.Choices<PaymentModel>()}.",
        ["outcome_payment_share"] = "For payment by results only: the percentage paid on outcomes, from 0 to 100.",
        ["ocid"] = "The OCDS identifier of the procurement, if one was published.",
        ["notice_url"] = "The Contracts Finder or Find a Tender notice, starting with https://.",
        ["areas"] = "ONS area codes separated by semicolons, like E12000001;E12000002.",
        ["contract"] = "The reference of a registered contract.",
        ["code"] = "Unique within the contract, like K1.",
        ["kind"] = $"One of: {RowCheck.Choices<KpiKind>()}.",
        ["unit"] = $"One of: {RowCheck.Choices<KpiUnit>()}.",
        ["target"] = "A number, like 75.",
        ["direction"] = $"One of: {RowCheck.Choices<KpiDirection>()}.",
        ["service_credits"] = "Yes or no: whether service credits apply when the target is missed.",
        ["is_rate"] = "Yes or no: results are a rate with a numerator and denominator.",
        ["cohort_dimension"] = "What results may be broken down by, like claimant group.",
        ["comparable_measure"] = "A shared code that lets the KPI be compared across contracts.",
    };

    public static string Label(string column) => char.ToUpperInvariant(column[0]) + column[1..].Replace('_', ' ');

    public static string? Hint(string column) => Hints.GetValueOrDefault(column);

    public static bool IsYesNo(string column) => column is "sme" or "vcse" or "service_credits" or "is_rate";

    public static string Noun(RegistryKind kind) => kind switch
    {
        RegistryKind.Organisations => "organisation",
        RegistryKind.Contracts => "contract",
        _ => "KPI definition",
    };

    public static bool TryParseKind(string? value, out RegistryKind kind) =>
        Enum.TryParse(value, ignoreCase: true, out kind) && Enum.IsDefined(kind);
}
