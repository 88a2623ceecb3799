using System.Data.Common;
using Mocean.Research.Catalog;
using Mocean.Research.Formats;
using Mocean.Research.Store;

namespace Mocean.Research.Teaching;

/// <summary>
/// One element as the original teaching API served it: the document its loader made from the CSV with pandas and
/// stored in a document database. An attribute the table leaves empty has no key at all (not <c>null</c>); a column
/// of whole numbers with an empty cell anywhere became floating point for every element (<c>"Group": 1.0</c>,
/// <c>"Year": 1766.0</c>), one without stayed whole (<c>"Period": 1</c>); the yes/empty columns (Radioactive,
/// Natural, Metal, Nonmetal, Metalloid) are <c>true</c>/<c>false</c>; every double is written as Python writes it
/// (<see cref="PythonNumber"/>); and last comes <c>"id"</c>, the element's name, the document's key there.
/// </summary>
internal static class ElementDocument
{
    /// <summary>What the whole table says about each column's type in the original: whole numbers that became floats, yes/empty flags.</summary>
    public sealed record Shape(IReadOnlySet<string> FloatWholes, IReadOnlySet<string> Flags);

    /// <summary>Reads the columns' facts from the stored table (one pass over it).</summary>
    public static Shape ShapeOf(IDataStore store, StoredDataset stored, string table, CancellationToken cancel)
    {
        var wholes = stored.Descriptor.Columns.Where(c => c.Type == ColumnType.Integer).Select(c => c.Name).ToList();
        var texts = stored.Descriptor.Columns.Where(c => c.Type == ColumnType.Text).Select(c => c.Name).ToList();
        if (wholes.Count + texts.Count == 0)
        {
            return new Shape(new HashSet<string>(), new HashSet<string>());
        }

        var tests = wholes.Select(c => $"count(*) > count({Quote(c)})")
            .Concat(texts.Select(c => $"coalesce(bool_and({Quote(c)} = 'yes'), false)"));
        using var result = store.Query($"SELECT {string.Join(", ", tests)} FROM {table}", [], cancel);
        var reader = result.Reader;
        reader.Read();
        var floats = wholes.Where((_, i) => reader.GetBoolean(i)).ToHashSet(StringComparer.Ordinal);
        var flags = texts.Where((_, i) => reader.GetBoolean(wholes.Count + i)).ToHashSet(StringComparer.Ordinal);
        return new Shape(floats, flags);
    }

    /// <summary>Writes the reader's current row as the original's document.</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter writer, DbDataReader reader, Shape shape)
    {
        writer.WriteStartObject();
        string? name = null;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var column = reader.GetName(i);
            var flag = shape.Flags.Contains(column);
            switch (reader.IsDBNull(i) ? null : reader.GetValue(i))
            {
                case null when flag:
                    writer.WriteBoolean(column, false);
                    break;
                case null:
                    break;
                case string when flag:
                    writer.WriteBoolean(column, true);
                    break;
                case string text:
                    writer.WriteString(column, text);
                    name = column == "Element" ? text : name;
                    break;
                case long whole when shape.FloatWholes.Contains(column):
                    Raw(writer, column, PythonNumber.Format(whole));
                    break;
                case long whole:
                    writer.WriteNumber(column, whole);
                    break;
                case double number:
                    Raw(writer, column, PythonNumber.Format(number));
                    break;
                case var other:
                    writer.WriteString(column, Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        if (name is not null)
        {
            writer.WriteString("id", name);
        }

        writer.WriteEndObject();
    }

    private static void Raw(System.Text.Json.Utf8JsonWriter writer, string column, string number)
    {
        writer.WritePropertyName(column);
        writer.WriteRawValue(number, skipInputValidation: true);
    }

    private static string Quote(string column) => "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
