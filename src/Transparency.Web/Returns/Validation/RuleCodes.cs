namespace Transparency.Web.Returns.Validation;

/// <summary>
/// The stable codes of every check. API clients may rely on them: never rename one, add a new one instead.
/// The provider guide lists them (see DataStandardMarkdown).
/// </summary>
public static class RuleCodes
{
    // The upload as a whole.
    public const string FileMissing = "file-missing";
    public const string FileEmpty = "file-empty";
    public const string FileTooLarge = "file-too-large";
    public const string TooManyFiles = "too-many-files";
    public const string FileTypeNotAccepted = "file-type-not-accepted";
    public const string FileContentMismatch = "file-content-mismatch";
    public const string FileNotAReturn = "file-not-a-return";
    public const string FilesMixed = "files-mixed";
    public const string FileNameUnknown = "file-name-unknown";
    public const string SectionDuplicate = "section-duplicate";
    public const string EncodingNotUtf8 = "encoding-not-utf8";
    public const string ArchiveUnreadable = "archive-unreadable";
    public const string ArchiveTooManyEntries = "archive-too-many-entries";
    public const string ArchiveTooLarge = "archive-too-large";
    public const string WorkbookUnreadable = "workbook-unreadable";
    public const string SheetIgnored = "sheet-ignored";
    public const string ReturnEmpty = "return-empty";
    public const string JsonInvalid = "json-invalid";
    public const string JsonShape = "json-shape";
    public const string JsonPropertyUnknown = "json-property-unknown";
    public const string StandardVersion = "standard-version";
    public const string CsvDelimiter = "csv-delimiter";
    public const string CsvMalformed = "csv-malformed";
    public const string RowsTooMany = "rows-too-many";
    public const string RowExtraCells = "row-extra-cells";
    public const string CellError = "cell-error";

    // Headers.
    public const string HeaderUnknown = "header-unknown";
    public const string HeaderMissing = "header-missing";
    public const string HeaderDuplicate = "header-duplicate";

    // Values.
    public const string ValueRequired = "value-required";
    public const string NumberInvalid = "number-invalid";
    public const string MoneyDecimals = "money-decimals";
    public const string WholeNumberInvalid = "whole-number-invalid";
    public const string PercentageRange = "percentage-range";
    public const string NumberNegative = "number-negative";
    public const string DateInvalid = "date-invalid";
    public const string CodeNotAllowed = "code-not-allowed";
    public const string TextTooLong = "text-too-long";
    public const string PatternMismatch = "pattern-mismatch";
    public const string QuarterInvalid = "quarter-invalid";
    public const string QuarterMismatch = "quarter-mismatch";
    public const string OrganisationIdInvalid = "organisation-id-invalid";
    public const string TextCharacterNotAllowed = "text-character-not-allowed";

    // Rules across values and against the register.
    public const string ProviderUnknown = "provider-unknown";
    public const string ContractUnknown = "contract-unknown";
    public const string ContractNotYours = "contract-not-yours";
    public const string ContractNotActive = "contract-not-active";
    public const string KpiUnknown = "kpi-unknown";
    public const string AmountSign = "amount-sign";
    public const string DateOutsideQuarter = "date-outside-quarter";
    public const string CountsIncomplete = "counts-incomplete";
    public const string DenominatorNotPositive = "denominator-not-positive";
    public const string NumeratorExceedsDenominator = "numerator-exceeds-denominator";
    public const string RatingDisagrees = "rating-disagrees";
    public const string RespondentsNotPositive = "respondents-not-positive";
    public const string SatisfactionOver100 = "satisfaction-over-100";
    public const string SubcontractorNameOnly = "subcontractor-name-only";
    public const string SubcontractTotalNotStated = "subcontract-total-not-stated";
    public const string DuplicateLine = "duplicate-line";
    public const string FundingMissing = "funding-missing";
    public const string KpiResultMissing = "kpi-result-missing";
}
