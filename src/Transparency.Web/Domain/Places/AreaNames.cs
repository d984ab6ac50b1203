using System.Collections.Frozen;
using CsvHelper;

namespace Transparency.Web.Domain.Places;

/// <summary>
/// Names of the ONS GSS area codes the portal prints (regions, nations and their groupings), read once from the
/// vendored ONS list <c>ons-area-codes.csv</c> beside this file (provenance and licence in <c>ons-area-codes.md</c>).
/// </summary>
public static class AreaNames
{
    private static readonly FrozenDictionary<string, OnsArea> Areas = Read();

    public static IEnumerable<OnsArea> All => Areas.Values.OrderBy(a => a.Code, StringComparer.Ordinal);

    public static OnsArea? Find(string code) => Areas.GetValueOrDefault(code.Trim().ToUpperInvariant());

    /// <summary>The area's name, or the code itself when the list does not have it.</summary>
    public static string NameOf(string code) => Find(code)?.Name ?? code;

    /// <summary>"South East (E12000008)": the name people know with the code the data carries.</summary>
    public static string Label(string code) => Find(code) is { } area ? $"{area.Name} ({area.Code})" : code;

    private static FrozenDictionary<string, OnsArea> Read()
    {
        using var stream = typeof(AreaNames).Assembly.GetManifestResourceStream(typeof(AreaNames), "ons-area-codes.csv")
            ?? throw new InvalidOperationException("The ONS area code list is not embedded in the portal.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        using var csv = CsvReader.Create(buffer.ToArray(), new CsvReaderOptions { Separator = ',', TrimWhitespace = true, SkipEmptyLines = true });
        int Column(string name) => csv.Headers.ToList().IndexOf(name) is >= 0 and var i ? i
            : throw new InvalidOperationException($"The ONS area code list has no '{name}' column.");
        var (code, name, welsh, kind) = (Column("code"), Column("name"), Column("name_welsh"), Column("kind"));
        var areas = new List<OnsArea>();
        while (csv.Read())
        {
            areas.Add(new OnsArea(csv.GetString(code), csv.GetString(name), csv.GetString(welsh), Enum.Parse<OnsAreaKind>(csv.GetString(kind), ignoreCase: true)));
        }

        return areas.ToFrozenDictionary(a => a.Code, StringComparer.Ordinal);
    }
}
