using System.Globalization;
using Mocean.Research.Catalog;
using Mocean.Research.Store;

namespace Mocean.Research.Formats;

/// <summary>One row of ERDDAP's <c>info</c> table: a global attribute, a variable, or one of a variable's attributes.</summary>
public sealed record InfoRow(string RowType, string VariableName, string AttributeName, string DataType, string Value)
{
    public IEnumerable<string> Cells => [RowType, VariableName, AttributeName, DataType, Value];
}

/// <summary>
/// What erddapy reads to discover data, as ERDDAP writes it: a data set's <c>info</c> table (its global attributes, then
/// each variable followed by its attributes; <see cref="Metadata"/>) in JSON or CSV, and the catalogue of every data set
/// (<c>allDatasets.json</c>).
/// </summary>
public static class InfoTable
{
    private static readonly string[] DatasetColumns =
        ["datasetID", "accessible", "title", "summary", "institution", "license", "cdm_data_type", "tabledap", "minLatitude", "maxLatitude", "minLongitude", "maxLongitude", "rows"];

    public static IReadOnlyList<InfoRow> Rows(DatasetDescriptor descriptor, DatasetRanges ranges)
    {
        var rows = Metadata.Global(descriptor, ranges).Select(a => new InfoRow("attribute", "NC_GLOBAL", a.Name, a.Type, a.Value)).ToList();
        foreach (var column in SiteColumns.Variables(descriptor))
        {
            rows.Add(new InfoRow("variable", column.Name, "", DataTypes.Of(column), ""));
            rows.AddRange(Metadata.Variable(descriptor, column, ranges).Select(a => new InfoRow("attribute", column.Name, a.Name, a.Type, a.Value)));
        }

        return rows;
    }

    /// <summary>Writes <paramref name="rows"/> as ERDDAP's <c>index.json</c> (or, without <paramref name="json"/>, <c>index.csv</c>).</summary>
    public static void Write(TextBuffer buffer, IReadOnlyList<InfoRow> rows, bool json)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(rows);
        if (!json)
        {
            buffer.Append("Row Type,Variable Name,Attribute Name,Data Type,Value\n");
            foreach (var row in rows)
            {
                buffer.Append(string.Join(',', row.Cells.Select(Csv))).Append('\n');
            }

            return;
        }

        buffer.Append("{\n  \"table\": {\n    \"columnNames\": [\"Row Type\", \"Variable Name\", \"Attribute Name\", \"Data Type\", \"Value\"],\n")
            .Append("    \"columnTypes\": [\"String\", \"String\", \"String\", \"String\", \"String\"],\n    \"rows\": [\n");
        for (var r = 0; r < rows.Count; r++)
        {
            buffer.Append(r == 0 ? "      [" : ",\n      [");
            var first = true;
            foreach (var cell in rows[r].Cells)
            {
                buffer.Append(first ? "" : ", ");
                first = false;
                TableFormat.JsonString(buffer, cell);
            }

            buffer.Append(']');
        }

        buffer.Append("\n    ]\n  }\n}\n");
    }

    /// <summary>Writes the catalogue, <c>allDatasets.json</c>: one row per data set, its tabledap address under <paramref name="baseUrl"/>.</summary>
    public static void WriteAllDatasets(TextBuffer buffer, IEnumerable<StoredDataset> datasets, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(datasets);
        buffer.Append("{\n  \"table\": {\n    \"columnNames\": [").Append(string.Join(", ", DatasetColumns.Select(n => $"\"{n}\""))).Append("],\n");
        buffer.Append("    \"columnTypes\": [\"String\", \"String\", \"String\", \"String\", \"String\", \"String\", \"String\", \"String\", \"double\", \"double\", \"double\", \"double\", \"long\"],\n    \"rows\": [\n");
        var first = true;
        foreach (var stored in datasets)
        {
            var d = stored.Descriptor;
            buffer.Append(first ? "      [" : ",\n      [");
            first = false;
            foreach (var text in new[] { d.Id, "public", d.Title, d.Summary, d.Institution, d.License, Metadata.CdmDataType(d), $"{baseUrl}/tabledap/{d.Id}" })
            {
                TableFormat.JsonString(buffer, text);
                buffer.Append(", ");
            }

            foreach (var number in new[] { d.Latitude, d.Latitude, d.Longitude, d.Longitude })
            {
                buffer.Append(number is { } n ? n.ToString(CultureInfo.InvariantCulture) : "null").Append(", ");
            }

            buffer.Append(stored.Rows).Append(']');
        }

        buffer.Append("\n    ]\n  }\n}\n");
    }

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
