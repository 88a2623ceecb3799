using Mocean.Research.Catalog;
using Mocean.Research.Query;
using Mocean.Research.Store;

namespace Mocean.Research.Formats;

/// <summary>
/// The rows of a query as a NetCDF-3 file, as ERDDAP writes them. <c>.nc</c>: one dimension <c>row</c>, each variable
/// along it with its <c>info</c> attributes and a <c>_FillValue</c>, times as <c>seconds since 1970-01-01T00:00:00Z</c>,
/// numbers as doubles (NetCDF-3 has no 64-bit integers), text as characters along a <c>NAME_strlen</c> dimension, and
/// <c>info</c>'s global attributes. <c>.ncCF</c>: the CF discrete sampling geometry of the data set's <c>cdm_data_type</c>
/// (<see cref="NetCdfCf"/>).
/// </summary>
public static class NetCdfReply
{
    /// <summary>Writes the file to <paramref name="output"/>; <paramref name="length"/> hears its length in bytes before the first byte is written.</summary>
    public static async Task WriteAsync(Stream output, Action<long> length, DatasetDescriptor descriptor, DatasetRanges ranges,
        IReadOnlyList<OutputColumn> columns, ColumnSource source, bool cf, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(length);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(source);
        var widths = columns.Where(c => c.Type == ColumnType.Text)
            .ToDictionary(c => c.Name, c => (int)Math.Max(1, source.TextBytes(c.Name)), StringComparer.Ordinal);
        var sent = Sent(source, columns);
        var layout = cf ? NetCdfCf.Layout(descriptor, ranges, sent, columns, source, widths)
            : new NcLayout(
                [new NcDimension("row", source.Rows), .. widths.Select(w => new NcDimension(w.Key + "_strlen", w.Value))],
                Metadata.Global(descriptor, ranges),
                [.. columns.Select(c => new NcColumn(c, Variable(descriptor, sent, c, "row")))],
                []);
        var writer = new NetCdfWriter(layout.Dimensions, layout.Globals, [.. layout.Columns.Select(c => c.Variable), .. layout.Constants.Select(c => c.Variable)]);
        length(writer.Length);
        var body = new NetCdfBody(output);
        body.Bytes(writer.Header());
        foreach (var column in layout.Columns)
        {
            var count = 0L;
            using (var result = source.Read(column.Output.Name, column.Group, column.FirstOfGroup))
            {
                var reader = result.Reader;
                while (reader.Read())
                {
                    Value(body, reader, column.Output, column.Variable.Type, column.Output.Type == ColumnType.Text ? widths[column.Output.Name] : 0);
                    count++;
                    if (body.Full)
                    {
                        await body.FlushAsync(cancel).ConfigureAwait(false);
                    }
                }
            }

            body.Pad(count * NetCdfWriter.Width(column.Variable.Type) * (column.Output.Type == ColumnType.Text ? widths[column.Output.Name] : 1));
        }

        foreach (var constant in layout.Constants)
        {
            constant.Write(body);
        }

        await body.FlushAsync(cancel).ConfigureAwait(false);
    }

    /// <summary>A column's variable: its type, dimensions and attributes (those of <c>info</c>, with the <c>actual_range</c> of <paramref name="sent"/>, the rows in the file, and a <c>_FillValue</c>).</summary>
    internal static NcVariable Variable(DatasetDescriptor descriptor, DatasetRanges sent, OutputColumn column, string dimension, params MetadataAttribute[] more)
    {
        var described = SiteColumns.Variable(descriptor, column.Name) ?? new ColumnDescriptor(column.Name, column.Type, Units: column.Units);
        var attributes = Metadata.Variable(descriptor, described with { Type = column.Type }, sent).ToList();
        if (column.Type == ColumnType.Text)
        {
            attributes.Insert(0, MetadataAttribute.Of("_Encoding", "UTF-8"));
            return new NcVariable(column.Name, NcType.Char, [dimension, column.Name + "_strlen"], [.. attributes, .. more]);
        }

        // Numbers keep their stored width (NetCDF-3 has no 64-bit integers: a long is a double); a whole number's
        // missing value is its type's largest, as in ERDDAP.
        var (type, fill) = Stored(column);
        attributes.Insert(0, MetadataAttribute.Of("_FillValue", fill));
        return new NcVariable(column.Name, type, [dimension], [.. attributes, .. more]);
    }

    /// <summary>The range of each number and time column in the rows sent, as ERDDAP writes <c>actual_range</c> in a file.</summary>
    private static DatasetRanges Sent(ColumnSource source, IReadOnlyList<OutputColumn> columns)
    {
        var ranges = new Dictionary<string, ColumnRange>(StringComparer.Ordinal);
        foreach (var column in columns.Where(c => c.Type != ColumnType.Text))
        {
            var (min, max) = source.Range(column.Name, column.Type == ColumnType.Double);
            ranges[column.Name] = new ColumnRange(Of(min, column.Type), Of(max, column.Type));
        }

        return DatasetRanges.Of(ranges);

        static object? Of(object? value, ColumnType type) => value switch
        {
            null => null,
            DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Unspecified),
            _ when type == ColumnType.Time => null,
            _ => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static (NcType Type, double Fill) Stored(OutputColumn column) => column.Type switch
    {
        ColumnType.Double when column.IsFloat => (NcType.Float, double.NaN),
        ColumnType.Integer when column.DataType == "int" => (NcType.Int, int.MaxValue),
        ColumnType.Integer when column.DataType == "short" => (NcType.Short, short.MaxValue),
        ColumnType.Integer when column.DataType == "byte" => (NcType.Byte, sbyte.MaxValue),
        _ => (NcType.Double, double.NaN),
    };

    private static void Value(NetCdfBody body, System.Data.Common.DbDataReader reader, OutputColumn column, NcType stored, int width)
    {
        var type = column.Type;
        var missing = reader.IsDBNull(0);
        if (type == ColumnType.Text)
        {
            body.Text(missing ? null : reader.GetString(0), width);
        }
        else if (stored == NcType.Float)
        {
            body.Float(missing ? float.NaN : reader.GetFloat(0));
        }
        else if (stored is NcType.Int or NcType.Short or NcType.Byte)
        {
            var whole = missing ? long.MaxValue : Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            switch (stored)
            {
                case NcType.Int:
                    body.Int(missing ? int.MaxValue : (int)whole);
                    break;
                case NcType.Short:
                    body.Short(missing ? short.MaxValue : (short)whole);
                    break;
                default:
                    body.Byte(missing ? sbyte.MaxValue : (sbyte)whole);
                    break;
            }
        }
        else if (missing)
        {
            body.Double(double.NaN);
        }
        else
        {
            body.Double(type switch
            {
                ColumnType.Time => Metadata.Seconds(reader.GetDateTime(0)),
                ColumnType.Integer => reader.GetInt64(0),
                _ => reader.GetDouble(0),
            });
        }
    }
}

/// <summary>
/// A query column and the variable that holds it: its values in row order, or with <paramref name="Group"/> the rows of
/// each feature together (a profile's), or with <paramref name="FirstOfGroup"/> too one value per feature.
/// </summary>
internal sealed record NcColumn(OutputColumn Output, NcVariable Variable, string? Group = null, bool FirstOfGroup = false);

/// <summary>A variable whose values the reply makes itself (a station's id, its position, a row count), written after the columns.</summary>
internal sealed record NcConstant(NcVariable Variable, Action<NetCdfBody> Write);

/// <summary>What a NetCDF reply holds: dimensions, global attributes, the query's columns and the variables it makes.</summary>
internal sealed record NcLayout(IReadOnlyList<NcDimension> Dimensions, IReadOnlyList<MetadataAttribute> Globals, IReadOnlyList<NcColumn> Columns, IReadOnlyList<NcConstant> Constants);
