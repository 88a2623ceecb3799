using System.Globalization;
using System.Text.Json;

namespace Mocean.Client.Data;

/// <summary>
/// The data service: the teaching API (<c>/api/profile</c>, <c>/api/sensors</c>, <c>/api/lookup</c>,
/// as the original <c>oceanclient</c> called it) and ERDDAP-style <see cref="Tabledap"/> queries.
/// </summary>
public sealed class DataClient
{
    /// <summary>How the teaching API writes times: <c>2022-01-05 03:00:00</c>, UTC.</summary>
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    private readonly Wire wire;

    internal DataClient(Wire wire) => this.wire = wire;

    /// <summary>Profile <paramref name="index"/> (1..9) of <paramref name="day"/> (1..31) of January 2022.</summary>
    public async Task<Profile> ProfileAsync(int day, int index, CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("api/profile", [new("day", Text(day)), new("index", Text(index))], cancel).ConfigureAwait(false);
        var p = Wire.Parse<Dictionary<string, JsonElement>>(body, "/api/profile");
        DateTime Time(string key) => Read(p, key, e => ParseTime(e.GetString()));
        double Depth(string key) => Read(p, key, e => e.GetDouble());
        return new Profile(
            Time("rest start time"), Depth("rest start depth"), Time("ascent start time"), Depth("ascent start depth"),
            Time("peak time"), Depth("peak depth"), Time("descent start time"), Depth("descent start depth"),
            Time("descent end time"), Depth("descent end depth"), Read(p, "id", e => e.ToString())) { Elapsed = elapsed };
    }

    /// <summary>Every temperature and salinity sample in [<paramref name="start"/>, <paramref name="stop"/>) (UTC).</summary>
    public async Task<Sensors> SensorsAsync(DateTime start, DateTime stop, CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("api/sensors", [new("start", start.ToString(TimeFormat, CultureInfo.InvariantCulture)), new("stop", stop.ToString(TimeFormat, CultureInfo.InvariantCulture))], cancel).ConfigureAwait(false);
        var records = Wire.Parse<List<Dictionary<string, JsonElement>>>(body, "/api/sensors");
        var temperature = new List<SensorSample>();
        var salinity = new List<SensorSample>();
        foreach (var record in records)
        {
            var time = Read(record, "Timestamp", e => ParseTime(e.GetString()));
            var depth = record.TryGetValue("depth", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetDouble() : double.NaN;
            if (record.TryGetValue("temp", out var t))
            {
                temperature.Add(new SensorSample(time, depth, Number(t)));
            }
            else if (record.TryGetValue("salinity", out var s))
            {
                salinity.Add(new SensorSample(time, depth, Number(s)));
            }
        }

        return new Sensors(temperature, salinity) { Elapsed = elapsed };
    }

    /// <summary>The sensors of a profile as the original client charted it: from the ascent start to the descent start.</summary>
    public Task<Sensors> SensorsAsync(Profile profile, CancellationToken cancel = default) =>
        SensorsAsync(profile.AscentStartTime, profile.DescentStartTime, cancel);

    /// <summary>An element of the periodic table by name (any case), symbol or atomic number.</summary>
    public async Task<Element> LookupAsync(string nameOrSymbolOrNumber, CancellationToken cancel = default)
    {
        var key = nameOrSymbolOrNumber.Trim();
        var by = key.All(char.IsAsciiDigit) ? "number" : key.Length <= 2 ? "symbol" : "name";
        var (body, elapsed) = await wire.GetAsync("api/lookup", [new(by, key)], cancel).ConfigureAwait(false);
        var found = Wire.Parse<List<Dictionary<string, JsonElement>>>(body, "/api/lookup");
        if (found.Count == 0)
        {
            throw new MoceanException(404, $"no element '{key}'", "/api/lookup");
        }

        var a = found[0];
        return new Element(Read(a, "AtomicNumber", e => e.GetInt32()), Read(a, "Element", e => e.ToString()), Read(a, "Symbol", e => e.ToString()), a) { Elapsed = elapsed };
    }

    /// <summary>A tabledap query on data set <paramref name="datasetId"/>, built as erddapy builds it.</summary>
    public TabledapQuery Tabledap(string datasetId) => new(wire, datasetId);

    public static DateTime ParseTime(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new MoceanException(200, $"'{text}' is not a time", "/api");

    private static T Read<T>(Dictionary<string, JsonElement> fields, string key, Func<JsonElement, T> read)
    {
        try
        {
            return fields.TryGetValue(key, out var value) ? read(value) : throw new KeyNotFoundException(key);
        }
        catch (Exception problem) when (problem is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new MoceanException(200, $"the reply has no readable \"{key}\"", "/api", problem);
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
