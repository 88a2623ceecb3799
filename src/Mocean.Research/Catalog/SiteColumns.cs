using System.Globalization;
using System.Runtime.CompilerServices;

namespace Mocean.Research.Catalog;

/// <summary>
/// The variables of a data set as tabledap shows them: its stored columns, then <c>latitude</c> and
/// <c>longitude</c> when the descriptor gives a site position (as ERDDAP shows a fixed site). Those two are
/// constant columns made by the query, not stored; a data set without a site position, or one that stores
/// such a column itself, gets none.
/// </summary>
public static class SiteColumns
{
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";

    private static readonly ConditionalWeakTable<DatasetDescriptor, IReadOnlyList<ColumnDescriptor>> Known = [];

    /// <summary>The stored columns followed by the site's constant columns.</summary>
    public static IReadOnlyList<ColumnDescriptor> Variables(DatasetDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Known.GetValue(descriptor, d => [.. d.Columns, .. Site(d)]);
    }

    /// <summary>The variable called <paramref name="name"/> (exact, case-sensitive as ERDDAP), or null.</summary>
    public static ColumnDescriptor? Variable(DatasetDescriptor descriptor, string name)
    {
        foreach (var column in Variables(descriptor))
        {
            if (string.Equals(column.Name, name, StringComparison.Ordinal))
            {
                return column;
            }
        }

        return null;
    }

    /// <summary>The constant value of a site column, or null for a stored column.</summary>
    public static double? Value(DatasetDescriptor descriptor, ColumnDescriptor column)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(column);
        return descriptor.Column(column.Name) is not null ? null
            : column.Name == Latitude && HasSite(descriptor) ? descriptor.Latitude
            : column.Name == Longitude && HasSite(descriptor) ? descriptor.Longitude
            : null;
    }

    /// <summary>The site columns as SQL (constants from the descriptor, never from a URL), e.g. <c>CAST('44.529' AS DOUBLE) AS "latitude"</c>.</summary>
    public static string Sql(DatasetDescriptor descriptor, Func<string, string> quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return string.Join(", ", Site(descriptor).Select(c =>
            $"CAST('{Value(descriptor, c)!.Value.ToString("R", CultureInfo.InvariantCulture)}' AS DOUBLE) AS {quote(c.Name)}"));
    }

    /// <summary>True when <paramref name="column"/> is one of the site's constant columns.</summary>
    public static bool IsSite(DatasetDescriptor descriptor, ColumnDescriptor column) => Value(descriptor, column) is not null;

    /// <summary>The ERDDAP axis of a site column: <c>Lat</c> or <c>Lon</c>.</summary>
    public static string Axis(ColumnDescriptor column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Name == Latitude ? "Lat" : "Lon";
    }

    /// <summary>True when the descriptor holds a usable site position (both coordinates, finite and in range).</summary>
    public static bool HasSite(DatasetDescriptor descriptor) =>
        descriptor.Latitude is >= -90 and <= 90 && descriptor.Longitude is >= -180 and <= 360;

    private static IEnumerable<ColumnDescriptor> Site(DatasetDescriptor d)
    {
        if (!HasSite(d))
        {
            yield break;
        }

        if (d.Column(Latitude) is null)
        {
            yield return new(Latitude, ColumnType.Double, Units: "degrees_north", StandardName: "latitude", LongName: "Latitude");
        }

        if (d.Column(Longitude) is null)
        {
            yield return new(Longitude, ColumnType.Double, Units: "degrees_east", StandardName: "longitude", LongName: "Longitude");
        }
    }
}
