using System.Globalization;

namespace Mocean.Research.Catalog;

/// <summary>
/// A column's stored type in ERDDAP's words: <c>double</c> or <c>float</c> for numbers, <c>long</c>, <c>int</c>, <c>short</c>
/// or <c>byte</c> for whole numbers, <c>String</c> for text (times are <c>double</c>, seconds since 1970, as ERDDAP lists
/// them). The store keeps each value at that width, so every format writes it in the shortest form that reads back
/// to the stored value at its width (a float as a float: <c>8.46</c>, not <c>8.460000038146973</c>).
/// </summary>
public static class DataTypes
{
    /// <summary>The stored types a column of each kind may take.</summary>
    public static IReadOnlyList<string> Allowed(ColumnType type) => type switch
    {
        ColumnType.Double => ["double", "float"],
        ColumnType.Integer => ["long", "int", "short", "byte"],
        ColumnType.Text => ["String"],
        _ => ["double"],
    };

    /// <summary>The column's stored type: the descriptor's <c>dataType</c>, else <c>double</c>, <c>long</c> or <c>String</c>.</summary>
    public static string Of(ColumnDescriptor column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.DataType ?? Allowed(column.Type)[0];
    }

    /// <summary>The store's SQL type for the column.</summary>
    public static string Sql(ColumnDescriptor column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Type switch
        {
            ColumnType.Time => "TIMESTAMP",
            ColumnType.Text => "VARCHAR",
            _ => Of(column) switch
            {
                "float" => "FLOAT",
                "int" => "INTEGER",
                "short" => "SMALLINT",
                "byte" => "TINYINT",
                "long" => "BIGINT",
                _ => "DOUBLE",
            },
        };
    }

    /// <summary>
    /// A converted value (double or long) at the column's stored width, or false when it does not fit
    /// (a float beyond ±3.4e38, a whole number beyond its type's range).
    /// </summary>
    public static bool TryNarrow(ColumnDescriptor column, object? value, out object? stored)
    {
        ArgumentNullException.ThrowIfNull(column);
        stored = value;
        switch (value, Of(column))
        {
            case (double d, "float"):
                stored = (float)d;
                return float.IsFinite((float)d);
            case (long l, "int"):
                stored = (int)l;
                return l is >= int.MinValue and <= int.MaxValue;
            case (long l, "short"):
                stored = (short)l;
                return l is >= short.MinValue and <= short.MaxValue;
            case (long l, "byte"):
                stored = (sbyte)l;
                return l is >= sbyte.MinValue and <= sbyte.MaxValue;
            default:
                return true;
        }
    }

    /// <summary>A number as text at its stored width: a float in the shortest form that reads back as that float.</summary>
    public static string Text(double value, string dataType) =>
        dataType == "float" ? ((float)value).ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
}
