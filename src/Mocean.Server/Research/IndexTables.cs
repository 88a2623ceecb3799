using System.Net;
using Mocean.Research.Formats;
using Mocean.Research.Store;

namespace Mocean.Server.Research;

/// <summary>
/// ERDDAP's lists of data sets (<c>/search/index</c>, <c>/search/advanced</c>, <c>/info/index</c>) as tables of text in
/// <c>.json</c> (<c>{"table":{"columnNames","columnTypes","rows"}}</c>), <c>.csv</c>, <c>.tsv</c> and <c>.htmlTable</c>, with
/// ERDDAP's columns, the ones erddapy reads (<c>Dataset ID</c>, <c>Title</c>, <c>tabledap</c>, <c>Info</c>, ...).
/// </summary>
internal static class IndexTables
{
    public static readonly string[] Columns =
        ["griddap", "Subset", "tabledap", "Make A Graph", "wms", "files", "Accessible", "Title", "Summary", "FGDC", "ISO 19115", "Info", "Background Info", "RSS", "Email", "Institution", "Dataset ID"];

    public static readonly string[] Types = ["json", "csv", "tsv", "htmlTable"];

    /// <summary>One data set's row: its tabledap and info addresses on this server, and what ERDDAP lists (empty where we serve nothing).</summary>
    public static string[] Row(StoredDataset stored, string baseUrl, string type)
    {
        var d = stored.Descriptor;
        var info = type is "json" or "csv" ? type : "csv";
        return ["", "", $"{baseUrl}/tabledap/{d.Id}", "", "", "", "public", d.Title, d.Summary, "", "", $"{baseUrl}/info/{d.Id}/index.{info}", d.SourceUrl ?? "", "", "", d.Institution, d.Id];
    }

    /// <summary>The address the server's other routes are under for this request: scheme, host, and <c>/erddap</c> when the request used it.</summary>
    public static string BaseUrl(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{(context.Request.Path.StartsWithSegments("/erddap") ? "/erddap" : "")}";

    public static async Task WriteAsync(HttpContext context, IReadOnlyList<string> names, IReadOnlyList<string[]> rows, string type)
    {
        var buffer = new TextBuffer();
        switch (type)
        {
            case "json":
                context.Response.ContentType = "application/json; charset=utf-8";
                buffer.Append("{\n  \"table\": {\n    \"columnNames\": [");
                List(buffer, names);
                buffer.Append("],\n    \"columnTypes\": [");
                List(buffer, [.. names.Select(_ => "String")]);
                buffer.Append("],\n    \"rows\": [\n");
                for (var r = 0; r < rows.Count; r++)
                {
                    buffer.Append(r == 0 ? "      [" : ",\n      [");
                    List(buffer, rows[r]);
                    buffer.Append(']');
                }

                buffer.Append("\n    ]\n  }\n}\n");
                break;
            case "htmlTable":
                context.Response.ContentType = "text/html; charset=utf-8";
                buffer.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ERDDAP index</title></head>\n<body><table>\n<tr>");
                foreach (var name in names)
                {
                    buffer.Append("<th>").Append(WebUtility.HtmlEncode(name)).Append("</th>");
                }

                buffer.Append("</tr>\n");
                foreach (var row in rows)
                {
                    buffer.Append("<tr>");
                    foreach (var cell in row)
                    {
                        buffer.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
                    }

                    buffer.Append("</tr>\n");
                }

                buffer.Append("</table></body></html>\n");
                break;
            default:
                var separator = type == "tsv" ? '\t' : ',';
                context.Response.ContentType = type == "tsv" ? "text/tab-separated-values; charset=utf-8" : "text/csv; charset=utf-8";
                foreach (var row in rows.Prepend([.. names]))
                {
                    buffer.Append(string.Join(separator, row.Select(c => Field(c, separator)))).Append('\n');
                }

                break;
        }

        await buffer.FlushAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static void List(TextBuffer buffer, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append(", ");
            }

            TableFormat.JsonString(buffer, items[i]);
        }
    }

    private static string Field(string text, char separator) =>
        text.AsSpan().IndexOfAny([separator, '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
