using System.Text;
using CsCheck;
using Transparency.Web.Domain;
using Transparency.Web.Returns;
using Transparency.Web.Returns.Parsing;
using Transparency.Web.Returns.Validation;

namespace Transparency.Tests.Returns;

/// <summary>
/// Any bytes at all, under any of the names a return can have, give either typed lines (one for every row read) or
/// problems that each say which file they are in, and never an exception. CsCheck generates the inputs and shrinks
/// a failure to the smallest one.
/// </summary>
public sealed class ParserPropertyTests
{
    private static readonly Quarter Quarter = new(2025, 2);

    private static readonly string[] Names = ["funding.csv", "kpi-results.csv", "subcontracts.csv", "satisfaction.csv", "return.json", "return.xlsx", "return.zip"];

    /// <summary>Text made of what breaks parsers: separators, quotes, line ends, controls, BOMs, surrogates, digits and signs.</summary>
    private static readonly Gen<string> Awkward = Gen.OneOf(
        Gen.Char["\",;\t\r\n£%$-+.:/ 0123456789eE()"],
        Gen.Char['\0', '\u001F'],
        Gen.Char['\u007F', '\u009F'],
        Gen.OneOf('\uFEFF', '\u202E', '\u2066', '\uD800', '\uDC00', '\u00A0', 'é', 'ß', '\u0301'),
        Gen.Char.AlphaNumeric).Array[0, 40].Select(chars => new string(chars));

    [Fact]
    public void Read_AnyBytesUnderAnyName_GivesLocatedProblemsOrTypedLines() =>
        Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Byte.Array[0, 600])
            .Sample((name, bytes) => Holds(new UploadedFile(Names[name], bytes)), iter: 3_000);

    [Fact]
    public void Read_AnyCsvUnderAValidHeader_GivesLocatedProblemsOrTypedLines() =>
        Gen.Select(Gen.Int[0, 3], Awkward.Array[0, 9].Array[0, 12])
            .Sample((section, rows) =>
            {
                var name = Names[section];
                var header = Standard(name);
                var text = header + "\r\n" + string.Join("\n", rows.Select(cells => string.Join(',', cells)));
                return Holds(new UploadedFile(name, Encoding.UTF8.GetBytes(text)));
            }, iter: 3_000);

    [Fact]
    public void Read_AnyJsonShapedText_GivesLocatedProblemsOrTypedLines() =>
        Gen.Select(Awkward, Awkward, Gen.Int[0, 30])
            .Sample((key, value, depth) =>
            {
                var json = "{\"quarter\": \"2025-26 Q2\", \"funding\": [" + new string('[', depth) + "{\"" + key + "\": \"" + value + "\"}" + new string(']', depth) + "]}";
                return Holds(new UploadedFile("return.json", Encoding.UTF8.GetBytes(json)));
            }, iter: 2_000);

    private static string Standard(string fileName) =>
        string.Join(',', Web.Returns.Standard.ReturnStandard.FindSection(Path.GetFileNameWithoutExtension(fileName))!.Fields.Select(f => f.Name));

    /// <summary>The property: no exception; with no errors every row read became a typed line; every error names its file.</summary>
    private static bool Holds(UploadedFile file)
    {
        var report = new ReportBuilder();
        var upload = new UploadReader(new ReturnsOptions()).Read([file], Quarter, report);
        var lines = upload is null ? null : TypedLines.Read(upload, Quarter, report);
        var built = report.Build();
        if (!built.HasErrors)
        {
            var rows = upload!.Tables.Sum(t => t.Rows.Count);
            var typed = lines!.Funding.Count + lines.KpiResults.Count + lines.Subcontracts.Count + lines.Satisfaction.Count;
            return rows == typed;
        }

        return built.Errors.All(e => e.Source is not null || e.Code == RuleCodes.ReturnEmpty) && built.ErrorCount >= built.Errors.Count();
    }
}
