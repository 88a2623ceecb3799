using System.Data.Common;
using Mocean.Research.Catalog;
using Mocean.Research.Query;

namespace Mocean.Research.Formats;

/// <summary>
/// A text output format of tabledap: what comes before the rows, each row, and what comes after.
/// Rows are read from a live query reader and written into a <see cref="TextBuffer"/>.
/// </summary>
public abstract class TableFormat
{
    public abstract string ContentType { get; }

    public virtual void Begin(TextBuffer buffer, IReadOnlyList<OutputColumn> columns)
    {
    }

    public abstract void Row(TextBuffer buffer, DbDataReader reader, IReadOnlyList<OutputColumn> columns, bool first);

    public virtual void End(TextBuffer buffer)
    {
    }

    /// <summary>The text formats by file extension (<c>csv</c>, <c>json</c>, ...); null for others.</summary>
    public static TableFormat? For(string extension) => extension switch
    {
        "csv" => new SeparatedFormat(',', header: true, units: true, unitsInHeader: false),
        "csvp" => new SeparatedFormat(',', header: true, units: false, unitsInHeader: true),
        "csv0" => new SeparatedFormat(',', header: false, units: false, unitsInHeader: false),
        "tsv" => new SeparatedFormat('\t', header: true, units: true, unitsInHeader: false),
        "json" => new JsonTableFormat(),
        "jsonlKVP" => new JsonLinesFormat(),
        "htmlTable" => new HtmlTableFormat(),
        _ => null,
    };

    /// <summary>Writes one value as text: NaN for a missing number, empty for missing text, ISO for times.</summary>
    protected static void Plain(TextBuffer buffer, DbDataReader reader, int i, OutputColumn column)
    {
        var type = column.Type;
        if (reader.IsDBNull(i))
        {
            if (type is ColumnType.Double or ColumnType.Integer)
            {
                buffer.Append("NaN");
            }

            return;
        }

        switch (type)
        {
            case ColumnType.Double when column.IsFloat:
                buffer.Append(reader.GetFloat(i));
                break;
            case ColumnType.Double:
                buffer.Append(reader.GetDouble(i));
                break;
            case ColumnType.Integer:
                buffer.Append(Whole(reader, i, column));
                break;
            case ColumnType.Time:
                buffer.AppendTime(reader.GetDateTime(i));
                break;
            default:
                buffer.Append(reader.GetString(i));
                break;
        }
    }

    /// <summary>A whole number at any stored width.</summary>
    protected static long Whole(DbDataReader reader, int i, OutputColumn column) =>
        column.DataType is null or "long" ? reader.GetInt64(i) : Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes one value as JSON: null for missing, a string for text and times.</summary>
    protected static void Json(TextBuffer buffer, DbDataReader reader, int i, OutputColumn column)
    {
        var type = column.Type;
        if (reader.IsDBNull(i))
        {
            buffer.Append("null");
            return;
        }

        switch (type)
        {
            case ColumnType.Double when column.IsFloat:
                var single = reader.GetFloat(i);
                if (float.IsFinite(single))
                {
                    buffer.Append(single);
                }
                else
                {
                    buffer.Append("null");
                }

                break;
            case ColumnType.Double:
                var value = reader.GetDouble(i);
                if (double.IsFinite(value))
                {
                    buffer.Append(value);
                }
                else
                {
                    buffer.Append("null");
                }

                break;
            case ColumnType.Integer:
                buffer.Append(Whole(reader, i, column));
                break;
            case ColumnType.Time:
                buffer.Append('"').AppendTime(reader.GetDateTime(i)).Append('"');
                break;
            default:
                JsonString(buffer, reader.GetString(i));
                break;
        }
    }

    public static void JsonString(TextBuffer buffer, string? text)
    {
        if (text is null)
        {
            buffer.Append("null");
            return;
        }

        buffer.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    buffer.Append("\\\"");
                    break;
                case '\\':
                    buffer.Append("\\\\");
                    break;
                case < ' ':
                    buffer.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    buffer.Append(c);
                    break;
            }
        }

        buffer.Append('"');
    }
}
