using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Feeds.Downloads;

/// <summary>Organisations, contracts and KPI definitions: the reference tables the quarterly facts point at.</summary>
internal static class ReferenceTables
{
    public static IDownloadTable Organisations() => new DownloadTable<Organisation>(
        "organisations",
        "Organisations",
        "Providers, commissioners and subcontractors. One organisation can be all three.",
        db => db.Organisations.AsNoTracking().Include(o => o.ParentGroup).OrderBy(o => o.Identifier).AsAsyncEnumerable(),
        [
            new("identifier", ColumnType.Text, "org-id.guide identifier, such as GB-COH-01234567 (Companies House) or GB-CHC-1234567 (Charity Commission). Never changes.", o => o.Identifier, true),
            new("name", ColumnType.Text, "The organisation's name.", o => o.Name, true),
            new("legal_form", ColumnType.Text, "company, charity, mutual_or_social_enterprise or public_body.", o => PublicFormat.Code(o.LegalForm), true),
            new("registration_number", ColumnType.Text, "Company or charity registration number, when there is one.", o => o.RegistrationNumber),
            new("parent_group", ColumnType.Text, "The group that ultimately owns the organisation, used for market concentration.", o => o.ParentGroup == null ? null : o.ParentGroup.Name),
            new("is_sme", ColumnType.Boolean, "Small or medium-sized enterprise.", o => PublicFormat.Boolean(o.IsSme), true),
            new("is_vcse", ColumnType.Boolean, "Voluntary, community or social enterprise.", o => PublicFormat.Boolean(o.IsVcse), true),
            new("website", ColumnType.Text, "The organisation's website.", o => o.Website),
            new("is_demonstration", ColumnType.Boolean, "True for fictional organisations generated as demonstration data.", o => PublicFormat.Boolean(o.IsDemonstration), true),
        ]);

    public static IDownloadTable Contracts(FeedsOptions options) => new DownloadTable<Contract>(
        "contracts",
        "Contracts",
        "Contracts for public services, with their commissioner, provider, value and payment model.",
        db => db.Contracts.AsNoTracking().Include(c => c.Commissioner).Include(c => c.Provider).Include(c => c.Areas)
            .OrderBy(c => c.Reference).AsSplitQuery().AsAsyncEnumerable(),
        [
            new("reference", ColumnType.Text, "The portal's reference for the contract. Never changes.", c => c.Reference, true),
            new("title", ColumnType.Text, "The contract's title.", c => c.Title, true),
            new("description", ColumnType.Text, "What the contract is for.", c => c.Description),
            new("commissioner_identifier", ColumnType.Text, "The commissioner (buyer): an identifier in organisations.", c => c.Commissioner!.Identifier, true),
            new("provider_identifier", ColumnType.Text, "The provider (supplier): an identifier in organisations.", c => c.Provider!.Identifier, true),
            new("sector", ColumnType.Text, "health, social_care, justice, employment, housing, education or other.", c => PublicFormat.Code(c.Sector), true),
            new("areas", ColumnType.Text, "ONS GSS codes of the areas served, separated by semicolons.", c => string.Join(';', c.Areas.Select(a => a.AreaCode).Order(StringComparer.Ordinal))),
            new("start_date", ColumnType.Date, "The contract's start date.", c => PublicFormat.Date(c.StartDate), true),
            new("end_date", ColumnType.Date, "The contract's end date.", c => PublicFormat.Date(c.EndDate), true),
            new("total_value_pounds", ColumnType.Money, "Total value over the whole term, in pounds; empty when not stated.", c => c.TotalValuePence is { } total ? PublicFormat.Pounds(total) : null),
            new("payment_model", ColumnType.Text, "block, fee_for_service, payment_by_results or grant.", c => PublicFormat.Code(c.PaymentModel), true),
            new("outcome_payment_share_percent", ColumnType.Number, "For payment by results: the share of the price paid only for outcomes (0 to 100).", c => c.OutcomePaymentSharePercent is { } p ? PublicFormat.Number(p) : null),
            new("ocid", ColumnType.Text, "This portal's OCDS contracting process identifier for the contract.", c => $"{options.OcidPrefix}-{c.Reference}", true),
            new("procurement_ocid", ColumnType.Text, "The OCDS identifier of the procurement, when one was published elsewhere.", c => c.Ocid),
            new("notice_url", ColumnType.Text, "The Contracts Finder or Find a Tender notice.", c => c.NoticeUrl),
        ],
        foreignKeys:
        [
            new("commissioner_identifier", "organisations", "identifier"),
            new("provider_identifier", "organisations", "identifier"),
        ]);

    public static IDownloadTable KpiDefinitions() => new DownloadTable<KpiDefinition>(
        "kpi_definitions",
        "KPI definitions",
        "The key performance indicators written into each contract, with their targets.",
        db => db.KpiDefinitions.AsNoTracking().Include(k => k.Contract).OrderBy(k => k.Contract!.Reference).ThenBy(k => k.Code).AsAsyncEnumerable(),
        [
            new("id", ColumnType.Text, "Contract reference and KPI code, like DEMO-000001/K1. Never changes.", k => StableIds.Kpi(k.Contract!.Reference, k.Code), true),
            new("contract_reference", ColumnType.Text, "The contract: a reference in contracts.", k => k.Contract!.Reference, true),
            new("code", ColumnType.Text, "The KPI's code, unique within the contract.", k => k.Code, true),
            new("name", ColumnType.Text, "The KPI's name.", k => k.Name, true),
            new("description", ColumnType.Text, "What the KPI measures.", k => k.Description),
            new("kind", ColumnType.Text, "input, output or outcome.", k => PublicFormat.Code(k.Kind), true),
            new("unit", ColumnType.Text, "percentage, count, days, pounds or score.", k => PublicFormat.Code(k.Unit), true),
            new("target", ColumnType.Number, "The target in the KPI's unit.", k => PublicFormat.Number(k.Target), true),
            new("direction", ColumnType.Text, "higher_is_better or lower_is_better.", k => PublicFormat.Code(k.Direction), true),
            new("service_credits_apply", ColumnType.Boolean, "Whether missing the target costs the provider service credits.", k => PublicFormat.Boolean(k.ServiceCreditsApply), true),
            new("cohort_dimension", ColumnType.Text, "What results may be broken down by, such as claimant group.", k => k.CohortDimension),
            new("comparable_measure", ColumnType.Text, "A shared measure code for comparing the KPI across contracts.", k => k.ComparableMeasure),
            new("is_rate", ColumnType.Boolean, "True when results are a rate with a numerator and denominator.", k => PublicFormat.Boolean(k.IsRate), true),
        ],
        foreignKeys: [new("contract_reference", "contracts", "reference")]);
}
