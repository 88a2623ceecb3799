using System.Globalization;

namespace Mocean.Research.Catalog;

/// <summary>
/// One attribute as ERDDAP's <c>info</c> lists it and a NetCDF file stores it: a name and a value that is text,
/// or one or more doubles.
/// </summary>
public sealed record MetadataAttribute(string Name, string? Text, IReadOnlyList<double> Numbers, string NumberType = "double")
{
    public static MetadataAttribute Of(string name, string text) => new(name, text, []);

    public static MetadataAttribute Of(string name, params double[] numbers) => new(name, null, numbers);

    /// <summary>ERDDAP's type name of the value: <c>String</c>, or the numbers' stored type (<c>double</c>, <c>float</c>, ...).</summary>
    public string Type => Text is null ? NumberType : "String";

    /// <summary>The value as <c>info</c> writes it: the text, or the numbers at their width joined by <c>", "</c>.</summary>
    public string Value => Text ?? string.Join(", ", Numbers.Select(n => DataTypes.Text(n, NumberType)));
}

/// <summary>
/// The metadata of a data set as ERDDAP serves it, from its descriptor with defaults computed from its rows:
/// the global attributes (<c>NC_GLOBAL</c>) and each variable's attributes, each list in alphabetical order (case
/// aside), as ERDDAP lists them. <c>info</c> shows them; the NetCDF replies carry them.
/// </summary>
public static class Metadata
{
    /// <summary>ERDDAP's conventions line.</summary>
    public const string Conventions = "COARDS, CF-1.6, ACDD-1.3";

    /// <summary>The time units of ERDDAP's <c>info</c> and of the NetCDF replies.</summary>
    public const string TimeUnits = "seconds since 1970-01-01T00:00:00Z";

    /// <summary>The data set's <c>cdm_data_type</c>: the descriptor's, else TimeSeries for a data set with times, else Other.</summary>
    public static string CdmDataType(DatasetDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.CdmDataType ?? (descriptor.TimeColumn is null ? "Other" : "TimeSeries");
    }

    /// <summary>The global attributes: the descriptor's, then the coverage in time and space read from the rows.</summary>
    public static IReadOnlyList<MetadataAttribute> Global(DatasetDescriptor descriptor, DatasetRanges ranges)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(ranges);
        var list = new List<MetadataAttribute>();
        void Text(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                list.Add(MetadataAttribute.Of(name, value));
            }
        }

        Text("cdm_data_type", CdmDataType(descriptor));
        Text("citation", descriptor.Citation);
        Text("comment", descriptor.Comment);
        Text("Conventions", Conventions);
        Text("institution", descriptor.Institution);
        Text("license", descriptor.License);
        Text("sourceUrl", descriptor.SourceUrl ?? "(local files)");
        Text("summary", descriptor.Summary);
        Text("title", descriptor.Title);
        if (descriptor.TimeColumn is { } time && ranges.For(time) is { Min: DateTime start, Max: DateTime end })
        {
            Text("time_coverage_start", Iso(start));
            Text("time_coverage_end", Iso(end));
        }

        if (Range(ranges, SiteColumns.Latitude) is var (south, north))
        {
            list.Add(MetadataAttribute.Of("geospatial_lat_min", south));
            list.Add(MetadataAttribute.Of("geospatial_lat_max", north));
            Text("geospatial_lat_units", "degrees_north");
            list.Add(MetadataAttribute.Of("Southernmost_Northing", south));
            list.Add(MetadataAttribute.Of("Northernmost_Northing", north));
        }

        if (Range(ranges, SiteColumns.Longitude) is var (west, east))
        {
            list.Add(MetadataAttribute.Of("geospatial_lon_min", west));
            list.Add(MetadataAttribute.Of("geospatial_lon_max", east));
            Text("geospatial_lon_units", "degrees_east");
            list.Add(MetadataAttribute.Of("Westernmost_Easting", west));
            list.Add(MetadataAttribute.Of("Easternmost_Easting", east));
        }

        if (descriptor.Column("depth") is { } depth && Range(ranges, depth.Name) is var (top, bottom))
        {
            list.Add(MetadataAttribute.Of("geospatial_vertical_min", top));
            list.Add(MetadataAttribute.Of("geospatial_vertical_max", bottom));
            Text("geospatial_vertical_positive", depth.Positive ?? "down");
            Text("geospatial_vertical_units", depth.Units ?? "m");
        }

        return Sorted(list);
    }

    /// <summary>A variable's attributes, in ERDDAP's order: CF coordinate attributes for time, the site and depth, its range, names and units.</summary>
    public static IReadOnlyList<MetadataAttribute> Variable(DatasetDescriptor descriptor, ColumnDescriptor column, DatasetRanges ranges)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(ranges);
        var time = column.Type == ColumnType.Time;
        var site = SiteColumns.IsSite(descriptor, column);
        var depth = column.StandardName == "depth";
        var list = new List<MetadataAttribute>();
        void Text(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                list.Add(MetadataAttribute.Of(name, value));
            }
        }

        Text("_CoordinateAxisType", time ? "Time" : site ? SiteColumns.Axis(column) : depth ? "Height" : null);
        switch (ranges.For(column.Name))
        {
            case { Min: DateTime first, Max: DateTime last }:
                list.Add(MetadataAttribute.Of("actual_range", Seconds(first), Seconds(last)));
                break;
            case { Min: double low, Max: double high }:
                list.Add(new MetadataAttribute("actual_range", null, [low, high], DataTypes.Of(column)));
                break;
        }

        Text("axis", time ? "T" : site ? (column.Name == SiteColumns.Latitude ? "Y" : "X") : depth ? "Z" : null);
        Text("cf_role", column.CfRole);
        Text("ioos_category", time ? "Time" : site || depth ? "Location" : column.CfRole is null ? null : "Identifier");
        Text("long_name", column.LongName ?? column.Name);
        Text("positive", column.Positive);
        Text("standard_name", column.StandardName);
        Text("time_origin", time ? "01-JAN-1970 00:00:00" : null);
        Text("units", time ? TimeUnits : column.Units);
        return list;
    }

    /// <summary>A time as seconds since 1970-01-01T00:00:00Z.</summary>
    public static double Seconds(DateTime time) => (time - DateTime.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;

    /// <summary>A time as ERDDAP writes one: <c>2022-01-05T00:00:00Z</c>.</summary>
    public static string Iso(DateTime time) => time.ToString(time.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static (double, double)? Range(DatasetRanges ranges, string name) =>
        ranges.For(name) is { Min: double low, Max: double high } ? (low, high) : null;

    private static List<MetadataAttribute> Sorted(List<MetadataAttribute> list)
    {
        list.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase));
        return list;
    }
}
