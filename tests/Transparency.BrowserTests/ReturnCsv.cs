using System.Text;
using Microsoft.Playwright;

namespace Transparency.BrowserTests;

/// <summary>Section CSV files the way a provider's staff would type them, as files to put in the upload field.</summary>
public static class ReturnCsv
{
    public static FilePayload Funding(string quarter, params (string Contract, string Amount)[] lines) =>
        File("funding.csv", "contract_reference,quarter,payment_type,amount,description", lines.Select(l => $"{l.Contract},{quarter},fee,\"{l.Amount}\",Service fee"));

    public static FilePayload KpiResults(string quarter, params (string Contract, string Kpi, string Actual)[] lines) =>
        File("kpi-results.csv", "quarter,contract_reference,kpi_code,actual", lines.Select(l => $"{quarter},{l.Contract},{l.Kpi},{l.Actual}"));

    private static FilePayload File(string name, string header, IEnumerable<string> lines) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", lines.Prepend(header)) + "\r\n"),
    };
}
