using System.Globalization;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Formats;
using Mocean.Research.Store;

namespace Mocean.Server.Research;

/// <summary>What erddapy reads to discover data: <c>/info/{id}/index.{json,csv}</c> and <c>/tabledap/allDatasets.json</c>.</summary>
internal static class Catalogue
{
    public static async Task WriteInfoAsync(HttpContext context, StoredDataset stored, bool json)
    {
        var rows = InfoRows(stored);
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
            foreach (var text in new[] { d.Id, "public", d.Title, d.Summary, d.Institution, d.License, d.TimeColumn is null ? "Other" : "TimeSeries", $"{baseUrl}/tabledap/{d.Id}" })
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

    private static List<string[]> InfoRows(StoredDataset stored)
    {
        var d = stored.Descriptor;
        var rows = new List<string[]>();
        void Global(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                rows.Add(["attribute", "NC_GLOBAL", name, "String", value]);
            }
        }

        Global("cdm_data_type", d.TimeColumn is null ? "Other" : "TimeSeries");
        Global("citation", d.Citation);
        Global("comment", d.Comment);
        Global("Conventions", "COARDS, CF-1.6, ACDD-1.3");
        Global("institution", d.Institution);
        Global("license", d.License);
        Global("summary", d.Summary);
        Global("title", d.Title);
        if (d.Latitude is { } lat && d.Longitude is { } lon)
        {
            rows.Add(["attribute", "NC_GLOBAL", "geospatial_lat_min", "double", Number(lat)]);
            rows.Add(["attribute", "NC_GLOBAL", "geospatial_lat_max", "double", Number(lat)]);
            rows.Add(["attribute", "NC_GLOBAL", "geospatial_lon_min", "double", Number(lon)]);
            rows.Add(["attribute", "NC_GLOBAL", "geospatial_lon_max", "double", Number(lon)]);
        }

        // As ERDDAP lists them: the global attributes in alphabetical order, case aside.
        rows.Sort((a, b) => string.Compare(a[2], b[2], StringComparison.OrdinalIgnoreCase));

        foreach (var c in SiteColumns.Variables(d))
        {
            var time = c.Type == ColumnType.Time;
            var site = SiteColumns.Value(d, c);
            var depth = c.StandardName == "depth";
            rows.Add(["variable", c.Name, "", time ? "double" : c.Type switch { ColumnType.Double => "double", ColumnType.Integer => "long", _ => "String" }, ""]);
            void Attribute(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    rows.Add(["attribute", c.Name, name, "String", value]);
                }
            }

            // As ERDDAP lists them: alphabetical, CF coordinate attributes for time, the site position and depth.
            Attribute("_CoordinateAxisType", time ? "Time" : site is not null ? SiteColumns.Axis(c) : depth ? "Height" : null);
            if (site is { } position)
            {
                rows.Add(["attribute", c.Name, "actual_range", "double", $"{Number(position)}, {Number(position)}"]);
            }

            Attribute("axis", time ? "T" : site is not null ? (c.Name == SiteColumns.Latitude ? "Y" : "X") : depth ? "Z" : null);
            Attribute("ioos_category", time ? "Time" : site is not null || depth ? "Location" : null);
            Attribute("long_name", c.LongName ?? c.Name);
            Attribute("positive", c.Positive);
            Attribute("standard_name", c.StandardName);
            Attribute("time_origin", time ? "01-JAN-1970 00:00:00" : null);
            Attribute("units", time ? "seconds since 1970-01-01T00:00:00Z" : c.Units);
        }

        return rows;
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
