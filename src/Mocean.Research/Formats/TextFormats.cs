using System.Data.Common;
using System.Net;
using Mocean.Research.Catalog;
using Mocean.Research.Query;

namespace Mocean.Research.Formats;

/// <summary><c>csv</c> (names, then units), <c>csvp</c> (<c>name (units)</c>), <c>csv0</c> (no header) and <c>tsv</c>.</summary>
internal sealed class SeparatedFormat(char separator, bool header, bool units, bool unitsInHeader) : TableFormat
{
    public override string ContentType => separator == '\t' ? "text/tab-separated-values; charset=utf-8" : "text/csv; charset=utf-8";

    public override void Begin(TextBuffer buffer, IReadOnlyList<OutputColumn> columns)
    {
        if (header)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    buffer.Append(separator);
                }

                Field(buffer, unitsInHeader && columns[i].Units is { } u ? $"{columns[i].Name} ({u})" : columns[i].Name);
            }

            buffer.Append('\n');
        }

        if (units)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    buffer.Append(separator);
                }

                Field(buffer, columns[i].Units ?? "");
            }

            buffer.Append('\n');
        }
    }

    public override void Row(TextBuffer buffer, DbDataReader reader, IReadOnlyList<OutputColumn> columns, bool first)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append(separator);
            }

            if (columns[i].Type == ColumnType.Text && !reader.IsDBNull(i))
            {
                Field(buffer, reader.GetString(i));
            }
            else
            {
                Plain(buffer, reader, i, columns[i]);
            }
        }

        buffer.Append('\n');
    }

    private void Field(TextBuffer buffer, string text)
    {
        if (text.AsSpan().IndexOfAny([separator, '"', '\n', '\r']) < 0)
        {
            buffer.Append(text);
            return;
        }

        buffer.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

/// <summary>ERDDAP's <c>.json</c>: <c>{"table":{"columnNames":[],"columnTypes":[],"columnUnits":[],"rows":[]}}</c>.</summary>
internal sealed class JsonTableFormat : TableFormat
{
    public override string ContentType => "application/json; charset=utf-8";

    public override void Begin(TextBuffer buffer, IReadOnlyList<OutputColumn> columns)
    {
        buffer.Append("{\n  \"table\": {\n    \"columnNames\": [");
        List(buffer, columns.Select(c => (string?)c.Name));
        buffer.Append("],\n    \"columnTypes\": [");
        List(buffer, columns.Select(c => (string?)c.ErddapType));
        buffer.Append("],\n    \"columnUnits\": [");
        List(buffer, columns.Select(c => c.Units));
        buffer.Append("],\n    \"rows\": [\n");
    }

    public override void Row(TextBuffer buffer, DbDataReader reader, IReadOnlyList<OutputColumn> columns, bool first)
    {
        buffer.Append(first ? "      [" : ",\n      [");
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append(", ");
            }

            Json(buffer, reader, i, columns[i]);
        }

        buffer.Append(']');
    }

    public override void End(TextBuffer buffer) => buffer.Append("\n    ]\n  }\n}\n");

    private static void List(TextBuffer buffer, IEnumerable<string?> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                buffer.Append(", ");
            }

            first = false;
            JsonString(buffer, item);
        }
    }
}

/// <summary><c>.jsonlKVP</c>: one JSON object a line, keyed by variable name.</summary>
internal sealed class JsonLinesFormat : TableFormat
{
    public override string ContentType => "application/x-jsonlines; charset=utf-8";

    public override void Row(TextBuffer buffer, DbDataReader reader, IReadOnlyList<OutputColumn> columns, bool first)
    {
        buffer.Append('{');
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append(", ");
            }

            JsonString(buffer, columns[i].Name);
            buffer.Append(':');
            Json(buffer, reader, i, columns[i]);
        }

        buffer.Append("}\n");
    }
}

/// <summary><c>.htmlTable</c>: a plain HTML page with one table (names and units in the head), every value escaped.</summary>
internal sealed class HtmlTableFormat : TableFormat
{
    public override string ContentType => "text/html; charset=utf-8";

    public override void Begin(TextBuffer buffer, IReadOnlyList<OutputColumn> columns)
    {
        buffer.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>tabledap</title>")
            .Append("<style>table{border-collapse:collapse;font-family:monospace}td,th{border:1px solid #999;padding:2px 6px}</style></head>\n<body><table>\n<tr>");
        foreach (var column in columns)
        {
            buffer.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        }

        buffer.Append("</tr>\n<tr>");
        foreach (var column in columns)
        {
            buffer.Append("<th>").Append(WebUtility.HtmlEncode(column.Units ?? "")).Append("</th>");
        }

        buffer.Append("</tr>\n");
    }

    public override void Row(TextBuffer buffer, DbDataReader reader, IReadOnlyList<OutputColumn> columns, bool first)
    {
        buffer.Append("<tr>");
        for (var i = 0; i < columns.Count; i++)
        {
            buffer.Append("<td>");
            if (columns[i].Type == ColumnType.Text && !reader.IsDBNull(i))
            {
                buffer.Append(WebUtility.HtmlEncode(reader.GetString(i)));
            }
            else
            {
                Plain(buffer, reader, i, columns[i]);
            }

            buffer.Append("</td>");
        }

        buffer.Append("</tr>\n");
    }

    public override void End(TextBuffer buffer) => buffer.Append("</table></body></html>\n");
}
