using Microsoft.VisualBasic.FileIO;

namespace Transparency.Tests.Feeds;

/// <summary>A CSV file read with .NET's own RFC 4180 parser (not the library that wrote it): header and rows by column name.</summary>
public sealed class CsvTable
{
    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public IEnumerable<string> Column(string name)
    {
        var index = Array.IndexOf(Header, name);
        Assert.True(index >= 0, $"The CSV has no column {name}.");
        return Rows.Select(r => r[index]);
    }

    public static CsvTable Parse(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            Assert.Equal(header.Length, fields.Length);
            rows.Add(fields);
        }

        return new CsvTable(header, rows);
    }
}
