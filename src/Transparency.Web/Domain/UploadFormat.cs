namespace Transparency.Web.Domain;

public enum UploadFormat
{
    Workbook,
    CsvBundle,
    Csv,
    Json,
    Generated,
}
