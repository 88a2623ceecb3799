namespace Mocean.Research.Catalog;

/// <summary>
/// The data sets that ship with the project (copies in <c>Samples/</c> beside the binary) and are
/// published at first start. Sources: NSF Ocean Observatories Initiative Data Portal (Oregon Slope Base
/// shallow profiler, RS01SBPS) and the periodic table commonly used in teaching; see Samples/SOURCES.md.
/// </summary>
public static class SampleDatasets
{
    public const double SiteLatitude = 44.529;
    public const double SiteLongitude = -125.390;

    private const string OoiCitation =
        "NSF Ocean Observatories Initiative Data Portal, Regional Cabled Array, Oregon Slope Base shallow profiler (RS01SBPS), January 2022. Copies from the public repositories robfatland/ocean (MIT), geo-smart/ocean (BSD-3) and OOI-CabledArray/profileIndices.";

    private const string OoiLicense = "OOI data are freely available (NSF Ocean Observatories Initiative Data Portal); sample copies under MIT / BSD-3 as noted in Samples/SOURCES.md";

    /// <summary>The folder the sample files are copied to beside the binary.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Samples");

    public static IReadOnlyList<DatasetDescriptor> All(string? folder = null) =>
        [CtdSeries(folder), Profiles(folder), PeriodicTable(folder)];

    /// <summary>The one-minute CTD series, from the merged CSV.</summary>
    public static DatasetDescriptor CtdSeries(string? folder = null) => new(
        "osb_ctd_jan2022",
        "Oregon Slope Base shallow profiler CTD, January 2022 (1 minute)",
        "Temperature, salinity and pressure against depth from the OOI Regional Cabled Array shallow profiler at Oregon Slope Base, one sample a minute. Known gap 2022-01-03 21:20 to 21:24.",
        SourceFormat.Csv,
        [Path.Combine(folder ?? Folder, "osb_ctd_jan22_1min_merged.csv")],
        [
            new("time", ColumnType.Time, "time", "UTC", "time", "Time"),
            Depth("depth_m", scale: 1),
            new("pressure", ColumnType.Double, "pressure_dbar", "dbar", "sea_water_pressure", "Sea Water Pressure"),
            new("temperature", ColumnType.Double, "temperature_degC", "degree_C", "sea_water_temperature", "Sea Water Temperature"),
            new("salinity", ColumnType.Double, "salinity_psu", "PSU", "sea_water_practical_salinity", "Sea Water Practical Salinity"),
        ],
        Latitude: SiteLatitude, Longitude: SiteLongitude, License: OoiLicense, Citation: OoiCitation,
        Institution: "NSF Ocean Observatories Initiative");

    /// <summary>The same series built from the three NetCDF-3 files (z is height, so depth = -z).</summary>
    public static DatasetDescriptor CtdSeriesFromNetCdf(string? folder = null) => CtdSeries(folder) with
    {
        Format = SourceFormat.NetCdf,
        Files =
        [
            Path.Combine(folder ?? Folder, "osb_ctd_jan22_pressure.nc"),
            Path.Combine(folder ?? Folder, "osb_ctd_jan22_temperature.nc"),
            Path.Combine(folder ?? Folder, "osb_ctd_jan22_salinity.nc"),
        ],
        Columns =
        [
            new("time", ColumnType.Time, "time", "UTC", "time", "Time"),
            Depth("z", scale: -1),
            new("pressure", ColumnType.Double, "pressure", "dbar", "sea_water_pressure", "Sea Water Pressure"),
            new("temperature", ColumnType.Double, "temperature", "degree_C", "sea_water_temperature", "Sea Water Temperature"),
            new("salinity", ColumnType.Double, "salinity", "PSU", "sea_water_practical_salinity", "Sea Water Practical Salinity"),
        ],
    };

    /// <summary>The 279 profiles of January 2022: six events of each ascent, as published.</summary>
    public static DatasetDescriptor Profiles(string? folder = null) => new(
        "osb_profiles_jan2022",
        "Oregon Slope Base shallow profiler profiles, January 2022",
        "The 279 profiles (nine a day) of the shallow profiler: rest, ascent, peak (the ascent's end), descent. Time is the ascent start.",
        SourceFormat.Csv,
        [Path.Combine(folder ?? Folder, "osb_profiles_jan22.csv")],
        [
            new("profile", ColumnType.Integer, "", null, null, "Profile number in the month, from 0"),
            new("time", ColumnType.Time, "7", "UTC", "time", "Ascent start time"),
            new("rest_start_time", ColumnType.Time, "1", "UTC", null, "Rest start time"),
            Depth("2", -1, "rest_start_depth", "Rest start depth"),
            Depth("8", -1, "ascent_start_depth", "Ascent start depth"),
            new("peak_time", ColumnType.Time, "10", "UTC", null, "Peak time (ascent end)"),
            Depth("11", -1, "peak_depth", "Peak depth (ascent end)"),
            new("descent_start_time", ColumnType.Time, "13", "UTC", null, "Descent start time"),
            Depth("14", -1, "descent_start_depth", "Descent start depth"),
            new("descent_end_time", ColumnType.Time, "16", "UTC", null, "Descent end time"),
            Depth("17", -1, "descent_end_depth", "Descent end depth"),
        ],
        Latitude: SiteLatitude, Longitude: SiteLongitude, License: OoiLicense, Citation: OoiCitation,
        Institution: "NSF Ocean Observatories Initiative",
        Comment: "From row 30 on, descent end and the next rest start are shifted one profile later in the source table (ascent start, peak and descent start are consistent); fields are served as published.");

    /// <summary>The 118 elements with their attributes.</summary>
    public static DatasetDescriptor PeriodicTable(string? folder = null)
    {
        string[] integers = ["AtomicNumber", "NumberofNeutrons", "NumberofProtons", "NumberofElectrons", "Period", "Group", "NumberOfIsotopes", "Year", "NumberofShells", "NumberofValence"];
        string[] doubles = ["AtomicMass", "AtomicRadius", "Electronegativity", "FirstIonization", "Density", "MeltingPoint", "BoilingPoint", "SpecificHeat"];
        string[] order = ["AtomicNumber", "Element", "Symbol", "AtomicMass", "NumberofNeutrons", "NumberofProtons", "NumberofElectrons", "Period", "Group", "Phase", "Radioactive", "Natural", "Metal", "Nonmetal", "Metalloid", "Type", "AtomicRadius", "Electronegativity", "FirstIonization", "Density", "MeltingPoint", "BoilingPoint", "NumberOfIsotopes", "Discoverer", "Year", "SpecificHeat", "NumberofShells", "NumberofValence"];
        var columns = order.Select(name => new ColumnDescriptor(
            name,
            integers.Contains(name) ? ColumnType.Integer : doubles.Contains(name) ? ColumnType.Double : ColumnType.Text)).ToList();
        return new DatasetDescriptor(
            "periodic_table",
            "Periodic table of the elements",
            "The 118 elements with 28 attributes, the table commonly used in teaching.",
            SourceFormat.Csv,
            [Path.Combine(folder ?? Folder, "periodic-table.csv")],
            columns,
            TimeColumn: null,
            License: "Public domain facts; copy from the public repository JochemSchuerman/PeriodicTable",
            Citation: "Periodic table CSV from the public repository JochemSchuerman/PeriodicTable");
    }

    private static ColumnDescriptor Depth(string source, double scale, string name = "depth", string longName = "Depth") =>
        new(name, ColumnType.Double, source, "m", name == "depth" ? "depth" : null, longName, scale, "down");
}
