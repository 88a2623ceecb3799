using System.Text.Json;

namespace Mocean.Client.Data;

/// <summary>
/// One profile of the shallow profiler (<c>/api/profile</c>): rest, ascent, peak and descent, each
/// a time (UTC) and a depth (metres, positive down). <see cref="Id"/> is the ascent start time.
/// </summary>
public sealed record Profile(
    DateTime RestStartTime,
    double RestStartDepth,
    DateTime AscentStartTime,
    double AscentStartDepth,
    DateTime PeakTime,
    double PeakDepth,
    DateTime DescentStartTime,
    double DescentStartDepth,
    DateTime DescentEndTime,
    double DescentEndDepth,
    string Id) : Timed;

/// <summary>One sensor sample: its time (UTC), depth (m) and value (°C or PSU); the value may be missing.</summary>
public sealed record SensorSample(DateTime Time, double Depth, double? Value);

/// <summary><c>/api/sensors</c>: the temperature and salinity samples of a time window, in time order.</summary>
public sealed record Sensors(IReadOnlyList<SensorSample> Temperature, IReadOnlyList<SensorSample> Salinity) : Timed;

/// <summary>One element of the periodic table (<c>/api/lookup</c>) with its attributes, in the original's document shape (an attribute the table leaves empty has no key).</summary>
public sealed record Element(int AtomicNumber, string Name, string Symbol, IReadOnlyDictionary<string, JsonElement> Attributes) : Timed;

/// <summary>A tabledap reply in ERDDAP's JSON form: column names, types and units, and the rows (<c>null</c> where missing).</summary>
public sealed record Table(IReadOnlyList<string> ColumnNames, IReadOnlyList<string> ColumnTypes, IReadOnlyList<string> ColumnUnits, IReadOnlyList<IReadOnlyList<JsonElement>> Rows) : Timed
{
    /// <summary>The index of a column by name, or -1.</summary>
    public int Column(string name) => ColumnNames.ToList().IndexOf(name);
}
