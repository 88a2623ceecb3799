using Mocean.Research.Catalog;
using Mocean.Research.Formats;

namespace Mocean.Research.Tests;

/// <summary>ERDDAP's <c>info</c> table of a data set: its rows, and the JSON and CSV erddapy reads them from.</summary>
public sealed class InfoTableTests : IDisposable
{
    private static readonly InfoRow[] Rows =
    [
        new("attribute", "NC_GLOBAL", "title", "String", "A, \"quoted\" title"),
        new("variable", "depth", "", "double", ""),
        new("attribute", "depth", "actual_range", "double", "0, 200"),
    ];

    private readonly TempStore store = new();

    [Fact]
    public void TheGlobalAttributesComeFirstThenEachVariableFollowedByItsAttributes()
    {
        store.Service.PublishMissing([SampleDatasets.PeriodicTable()], null);
        var stored = store.Service.Find("periodic_table")!;

        var rows = store.Service.Info(stored);

        var globals = rows.TakeWhile(r => r.VariableName == "NC_GLOBAL").ToList();
        Assert.NotEmpty(globals);
        Assert.All(globals, r => Assert.Equal("attribute", r.RowType));
        Assert.Contains(globals, r => r is { AttributeName: "title", DataType: "String" } && r.Value == stored.Descriptor.Title);
        Assert.Equal(stored.Descriptor.Columns.Select(c => c.Name), rows.Where(r => r.RowType == "variable").Select(r => r.VariableName));
        Assert.Contains(new InfoRow("variable", "AtomicNumber", "", "long", ""), rows);
        var variable = "";
        foreach (var row in rows.Skip(globals.Count))
        {
            variable = row.RowType == "variable" ? row.VariableName : variable;
            Assert.Equal(variable, row.VariableName);
        }
    }

    [Fact]
    public void TheCsvHasAHeaderRowAndQuotesCellsWithCommasOrQuotes()
    {
        var buffer = new TextBuffer();

        InfoTable.Write(buffer, Rows, json: false);

        Assert.Equal(
            "Row Type,Variable Name,Attribute Name,Data Type,Value\n" +
            "attribute,NC_GLOBAL,title,String,\"A, \"\"quoted\"\" title\"\n" +
            "variable,depth,,double,\n" +
            "attribute,depth,actual_range,double,\"0, 200\"\n",
            buffer.ToString());
    }

    [Fact]
    public void TheJsonIsErddapsTableOfFiveStringColumns()
    {
        var buffer = new TextBuffer();

        InfoTable.Write(buffer, Rows, json: true);

        Assert.Equal(
            """
            {
              "table": {
                "columnNames": ["Row Type", "Variable Name", "Attribute Name", "Data Type", "Value"],
                "columnTypes": ["String", "String", "String", "String", "String"],
                "rows": [
                  ["attribute", "NC_GLOBAL", "title", "String", "A, \"quoted\" title"],
                  ["variable", "depth", "", "double", ""],
                  ["attribute", "depth", "actual_range", "double", "0, 200"]
                ]
              }
            }

            """.ReplaceLineEndings("\n"),
            buffer.ToString());
    }

    public void Dispose() => store.Dispose();
}
