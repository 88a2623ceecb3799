using System.Globalization;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Formats;
using Mocean.Research.Store;

namespace Mocean.Server.Research;

/// <summary>What erddapy reads to discover data: <c>/info/{id}/index.{json,csv}</c> and <c>/tabledap/allDatasets.json</c>.</summary>
internal static class Catalogue
{
    public static async Task WriteInfoAsync(HttpContext context, DataService data, StoredDataset stored, bool json)
    {
        var rows = InfoRows(data, stored);
        var buffer = new TextBuffer();
        if (json)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            buffer.Append("{\n  \"table\": {\n    \"columnNames\": [\"Row Type\", \"Variable Name\", \"Attribute Name\", \"Data Type\", \"Value\"],\n")
                .Append("    \"columnTypes\": [\"String\", \"String\", \"String\", \"String\", \"String\"],\n    \"rows\": [\n");
            for (var r = 0; r < rows.Count; r++)
            {
                buffer.Append(r == 0 ? "      [" : ",\n      [");
                for (var i = 0; i < 5; i++)
                {
                    if (i > 0)
                    {
                        buffer.Append(", ");
                    }

                    TableFormat.JsonString(buffer, rows[r][i]);
                }

                buffer.Append(']');
            }

            buffer.Append("\n    ]\n  }\n}\n");
        }
        else
        {
            context.Response.ContentType = "text/csv; charset=utf-8";
            buffer.Append("Row Type,Variable Name,Attribute Name,Data Type,Value\n");
            foreach (var row in rows)
            {
                buffer.Append(string.Join(',', row.Select(Csv))).Append('\n');
            }
        }

        await buffer.FlushAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    public static async Task WriteAllDatasetsAsync(HttpContext context, DataService data)
    {
        var baseUrl = $"{Protocol.PublicAddress.Of(context)}{(context.Request.Path.StartsWithSegments("/erddap") ? "/erddap" : "")}";
        context.Response.ContentType = "application/json; charset=utf-8";
        var buffer = new TextBuffer();
        string[] names = ["datasetID", "accessible", "title", "summary", "institution", "license", "cdm_data_type", "tabledap", "minLatitude", "maxLatitude", "minLongitude", "maxLongitude", "rows"];
        buffer.Append("{\n  \"table\": {\n    \"columnNames\": [").Append(string.Join(", ", names.Select(n => $"\"{n}\""))).Append("],\n");
        buffer.Append("    \"columnTypes\": [\"String\", \"String\", \"String\", \"String\", \"String\", \"String\", \"String\", \"String\", \"double\", \"double\", \"double\", \"double\", \"long\"],\n    \"rows\": [\n");
        var first = true;
        foreach (var stored in data.Datasets)
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
        await buffer.FlushAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static List<string[]> InfoRows(DataService data, StoredDataset stored)
    {
        var d = stored.Descriptor;
        var ranges = data.Ranges(stored);
        var rows = Metadata.Global(d, ranges).Select(a => new[] { "attribute", "NC_GLOBAL", a.Name, a.Type, a.Value }).ToList();
        foreach (var c in SiteColumns.Variables(d))
        {
            rows.Add(["variable", c.Name, "", DataTypes.Of(c), ""]);
            rows.AddRange(Metadata.Variable(d, c, ranges).Select(a => new[] { "attribute", c.Name, a.Name, a.Type, a.Value }));
        }

        return rows;
    }

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
