using System.Text;
using System.Text.Json;

namespace Transparency.Web.Returns.Parsing;

/// <summary>
/// Recognises open-data files people upload by mistake: council and NHS spend ledgers (spend over £500 or £25,000),
/// 360Giving grants, OCDS contracting data and the portal's own downloads. Each gets one sentence saying what it is
/// and which template to use instead of a list of unknown columns.
/// </summary>
public static class ForeignData
{
    private const string Templates = ReturnsSetup.StandardPath + "/templates/";

    private static readonly string[] SupplierColumns = ["supplier", "supplier name", "vendor", "vendor name", "payee", "payee name", "merchant name", "beneficiary"];

    private static readonly string[] LedgerColumns =
    [
        "expense type", "expense area", "expenditure category", "transaction number", "transaction no", "service area", "service division",
        "department family", "purpose of expenditure", "body name", "cost centre", "procurement classification", "invoice number", "payment date", "date paid",
    ];

    /// <summary>Columns only the portal's own bulk downloads have.</summary>
    private static readonly string[] DownloadColumns = ["return_version_id", "amount_pounds", "value_paid_in_quarter_pounds", "total_value_pounds", "provider_identifier", "rating_ocds", "api_id"];

    public static string? Recognise(UploadedFile file, ReadOnlySpan<byte> body) => file.Extension switch
    {
        ".csv" => FromHeader(file.DisplayName, FirstLine(body)),
        ".json" => FromJson(file.DisplayName, body),
        _ => null,
    };

    private static string? FromHeader(string name, string header)
    {
        var columns = header.Split(',').Select(c => c.Trim().Trim('"').Trim().ToLowerInvariant()).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (columns.Overlaps(SupplierColumns) && columns.Overlaps(LedgerColumns))
        {
            return $"'{name}' looks like a spending ledger (a council's spend over £500 or an NHS body's spend over £25,000, with columns such as {Shown(columns, [.. SupplierColumns, .. LedgerColumns])}), not a quarterly return. " +
                $"A return lists what your organisation received and paid under its contracts: use the templates at {Templates}funding.csv and {Templates}subcontracts.csv.";
        }

        if (columns.Contains("amount awarded") || columns.Contains("recipient org:identifier") || columns.Contains("funding org:identifier"))
        {
            return $"'{name}' looks like a 360Giving grants file, not a quarterly return. Report grant funding you received as funding lines with the payment type grant: use the template at {Templates}funding.csv.";
        }

        if (columns.Contains("ocid") && (columns.Contains("releases/0/id") || columns.Contains("id") || columns.Contains("tag")))
        {
            return $"'{name}' looks like OCDS contracting data, not a quarterly return. Contracts are registered by your administrator; your return reports on them: use the templates at {Templates}.";
        }

        return columns.Overlaps(DownloadColumns)
            ? $"'{name}' is one of the portal's own downloads (it has the column {Shown(columns, DownloadColumns)}), not a return. Start from the templates at {Templates}, which have the columns a return needs."
            : null;
    }

    private static string? FromJson(string name, ReadOnlySpan<byte> body)
    {
        var properties = TopLevelProperties(body);
        if (properties.Contains("releases") || properties.Contains("records") || (properties.Contains("ocid") && properties.Contains("tag")))
        {
            return $"'{name}' is OCDS contracting data (a release or record package), not a quarterly return. Contracts are registered by your administrator; your return reports on them in the form at {ReturnsSetup.StandardPath}/example.json.";
        }

        if (properties.Contains("grants"))
        {
            return $"'{name}' is a 360Giving grants file, not a quarterly return. Report grant funding you received as funding lines with the payment type grant, in the form at {ReturnsSetup.StandardPath}/example.json.";
        }

        return properties.Contains("resources") && (properties.Contains("profile") || properties.Contains("name"))
            ? $"'{name}' is a data package description (datapackage.json) from the portal's downloads, not a return. Start from the example at {ReturnsSetup.StandardPath}/example.json."
            : null;
    }

    /// <summary>The property names of a top-level JSON object, or none when the text is not one (the JSON reader says why).</summary>
    private static HashSet<string> TopLevelProperties(ReadOnlySpan<byte> body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return names;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                names.Add(reader.GetString()!);
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Names read before the problem still count: a cut-off OCDS file is still OCDS.
        }

        return names;
    }

    private static string FirstLine(ReadOnlySpan<byte> body)
    {
        var end = body.IndexOfAny((byte)'\n', (byte)'\r');
        var line = end < 0 ? body : body[..end];
        return Encoding.UTF8.GetString(line[..Math.Min(line.Length, 4096)]);
    }

    private static string Shown(HashSet<string> columns, string[] known) =>
        string.Join(", ", known.Where(columns.Contains).Take(3).Select(c => $"'{c}'"));
}
