using System.Globalization;
using System.Text.Json;
using Mocean.Research;
using Mocean.Research.Ingest;
using Mocean.Server.Protocol;

namespace Mocean.Server.Research;

/// <summary>
/// The original teaching API, kept compatible: <c>/api/profile</c>, <c>/api/sensors</c>, <c>/api/lookup</c>.
/// Replies are JSON; refusals are <c>{"error": "..."}</c> with 400 (404 for an unknown element).
/// </summary>
public static class TeachingApi
{
    public const string Profiles = "osb_profiles_jan2022";
    public const string Series = "osb_ctd_jan2022";
    public const string Elements = "periodic_table";
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static WebApplication MapTeachingApi(this WebApplication app)
    {
        app.MapGet("/api/profile", (HttpContext context, DataService data) => Json(context, writer => Profile(context, data, writer)))
            .WithTags("Research").WithQuery("day", "day of January 2022, 1..31", true).WithQuery("index", "profile of that day, 1..9", true);
        app.MapGet("/api/sensors", (HttpContext context, DataService data) => Json(context, writer => Sensors(context, data, writer)))
            .WithTags("Research").WithQuery("start", "YYYY-MM-DD HH:MM:SS (UTC)", true).WithQuery("stop", "YYYY-MM-DD HH:MM:SS (UTC), after start", true);
        app.MapGet("/api/lookup", (HttpContext context, DataService data) => Json(context, writer => Lookup(context, data, writer)))
            .WithTags("Research").WithQuery("name", "element name (any case)").WithQuery("symbol", "element symbol").WithQuery("number", "atomic number");
        return app;
    }

    private static async Task Json(HttpContext context, Action<Utf8JsonWriter> write)
    {
        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        var buffer = new MemoryStream();
        try
        {
            await using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer);
            }
        }
        catch (ProtocolException refusal)
        {
            response.StatusCode = refusal.Status;
            await JsonSerializer.SerializeAsync(response.Body, new Dictionary<string, string> { ["error"] = refusal.Message }, ReplyWriter.Json).ConfigureAwait(false);
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static void Profile(HttpContext context, DataService data, Utf8JsonWriter writer)
    {
        var query = GameQuery.From(context.Request);
        var day = query.RequiredInteger("day", "send day=1..31 (January 2022)");
        var index = query.RequiredInteger("index", "send index=1..9 (the profile of that day)");
        if (day is < 1 or > 31)
        {
            throw ProtocolException.BadRequest($"day must be 1..31 (January 2022), not {day}");
        }

        if (index is < 1 or > 9)
        {
            throw ProtocolException.BadRequest($"index must be 1..9 (nine profiles a day), not {index}");
        }

        var table = Table(data, Profiles);
        using var result = data.Store.Query(
            $"SELECT rest_start_time, rest_start_depth, time, ascent_start_depth, peak_time, peak_depth, descent_start_time, descent_start_depth, descent_end_time, descent_end_depth FROM {table} WHERE profile = $1",
            [((day - 1) * 9) + index - 1], context.RequestAborted);
        var reader = result.Reader;
        if (!reader.Read())
        {
            throw ProtocolException.NotFound($"there is no profile {index} on day {day}");
        }

        string[] names = ["rest start", "ascent start", "peak", "descent start", "descent end"];
        writer.WriteStartObject();
        for (var i = 0; i < names.Length; i++)
        {
            var timeKey = names[i] == "peak" ? "peak time" : names[i] + " time";
            writer.WriteString(timeKey, Time(reader, i * 2));
            WriteNumber(writer, names[i] == "peak" ? "peak depth" : names[i] + " depth", reader, (i * 2) + 1);
        }

        writer.WriteString("id", Time(reader, 2));
        writer.WriteEndObject();
    }

    private static void Sensors(HttpContext context, DataService data, Utf8JsonWriter writer)
    {
        var query = GameQuery.From(context.Request);
        var start = ParseTime(query.Required("start", "send start=YYYY-MM-DD HH:MM:SS"), "start");
        var stop = ParseTime(query.Required("stop", "send stop=YYYY-MM-DD HH:MM:SS"), "stop");
        if (stop <= start)
        {
            throw ProtocolException.BadRequest("stop must be after start");
        }

        var table = Table(data, Series);
        using var result = data.Store.Query(
            $"SELECT time, depth, temperature, salinity FROM {table} WHERE time >= $1 AND time < $2 ORDER BY time",
            [start, stop], context.RequestAborted);
        var reader = result.Reader;
        writer.WriteStartArray();
        while (reader.Read())
        {
            var time = Time(reader, 0);
            foreach (var (key, column) in new[] { ("temp", 2), ("salinity", 3) })
            {
                writer.WriteStartObject();
                writer.WriteString("Timestamp", time);
                writer.WriteString("id", time);
                WriteNumber(writer, "depth", reader, 1);
                WriteNumber(writer, key, reader, column);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void Lookup(HttpContext context, DataService data, Utf8JsonWriter writer)
    {
        var query = GameQuery.From(context.Request);
        var given = new[] { "name", "symbol", "number" }.Where(query.Has).ToList();
        if (given.Count != 1)
        {
            throw ProtocolException.BadRequest("send one of name=Helium, symbol=He or number=2");
        }

        var key = given[0];
        var value = query.Required(key, "send one of name=Helium, symbol=He or number=2");
        var table = Table(data, Elements);
        var (condition, parameter) = key switch
        {
            "name" => ("lower(Element) = lower($1)", (object)value),
            "symbol" => ("lower(Symbol) = lower($1)", value),
            _ => ("AtomicNumber = $1", long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw ProtocolException.BadRequest($"number must be an atomic number 1..118, not '{GameQuery.Clip(value)}'")),
        };
        using var result = data.Store.Query($"SELECT * FROM {table} WHERE {condition}", [parameter], context.RequestAborted);
        var reader = result.Reader;
        if (!reader.Read())
        {
            throw ProtocolException.NotFound($"there is no element with {key} '{GameQuery.Clip(value)}'");
        }

        writer.WriteStartArray();
        writer.WriteStartObject();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = reader.GetName(i);
            switch (reader.IsDBNull(i) ? null : reader.GetValue(i))
            {
                case null:
                    writer.WriteNull(name);
                    break;
                case string text:
                    writer.WriteString(name, text);
                    break;
                case long whole:
                    writer.WriteNumber(name, whole);
                    break;
                case double number:
                    writer.WriteNumber(name, number);
                    break;
                case var other:
                    writer.WriteString(name, Convert.ToString(other, CultureInfo.InvariantCulture));
                    break;
            }
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static string Table(DataService data, string id) =>
        data.Find(id) is { } stored
            ? "\"" + stored.Descriptor.TableName + "\""
            : throw ProtocolException.NotFound($"the data set {id} is not published on this server");

    private static DateTime ParseTime(string text, string key) =>
        Values.TryTime(text.Replace('+', ' '), out var time)
            ? time
            : throw ProtocolException.BadRequest($"{key} must be a time like 2022-01-05 03:00:00, not '{GameQuery.Clip(text)}'");

    private static string Time(System.Data.Common.DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? "" : reader.GetDateTime(i).ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static void WriteNumber(Utf8JsonWriter writer, string name, System.Data.Common.DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, reader.GetDouble(i));
        }
    }
}
