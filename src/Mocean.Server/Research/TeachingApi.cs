using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Mocean.Research;
using Mocean.Research.Ingest;
using Mocean.Research.Store;
using Mocean.Research.Teaching;
using Mocean.OceanHosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Research;

/// <summary>
/// The original teaching API, kept compatible: <c>/api/profile</c>, <c>/api/sensors</c>, <c>/api/lookup</c>.
/// Replies are JSON; refusals are <c>{"error": "..."}</c> with 400 for a bad parameter, 404 for what does not
/// exist (an element, a profile): the design's status table (its data-service page says 400 for an unknown
/// element; we keep 404, as for every other unknown thing). Whole replies are kept in
/// <see cref="TeachingReplies"/> until their data set is published again, and requests missing the same reply
/// together share one query; that there is no such profile or element is kept too, and each request is refused
/// in its own words.
/// </summary>
public static class TeachingApi
{
    public const string Profiles = "osb_profiles_jan2022";
    public const string Series = "osb_ctd_jan2022";
    public const string Elements = "periodic_table";

    public static WebApplication MapTeachingApi(this WebApplication app)
    {
        app.MapGet("/api/profile", (HttpContext context, DataService data, TeachingReplies replies) => Json(context, () => Profile(context, data, replies)))
            .WithTags("Research").WithSummary("One profile of the Oregon Slope Base profiler, January 2022 (JSON): rest, ascent, peak, descent")
            .WithQuery("day", "day of January 2022, 1..31", true).WithQuery("index", "profile of that day, 1..9", true);
        app.MapGet("/api/sensors", (HttpContext context, DataService data, TeachingReplies replies) => Json(context, () => Sensors(context, data, replies)))
            .WithTags("Research").WithSummary("Temperature and salinity records from start up to stop (JSON list, one record per value)")
            .WithQuery("start", "YYYY-MM-DD HH:MM:SS (UTC)", true).WithQuery("stop", "YYYY-MM-DD HH:MM:SS (UTC), after start", true);
        app.MapGet("/api/lookup", (HttpContext context, DataService data, TeachingReplies replies) => Json(context, () => Lookup(context, data, replies)))
            .WithTags("Research").WithSummary("One element of the periodic table (JSON list of one document, as the original served it); an unknown element is 404 ([] in classic mode)")
            .WithQuery("name", "element name (any case)").WithQuery("symbol", "element symbol").WithQuery("number", "atomic number");
        return app;
    }

    private static async Task Json(HttpContext context, Func<Task<byte[]>> reply)
    {
        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        byte[] body;
        try
        {
            body = await reply().ConfigureAwait(false);
        }
        catch (ProtocolException refusal)
        {
            response.StatusCode = refusal.Status;
            await JsonSerializer.SerializeAsync(response.Body, new Dictionary<string, string> { ["error"] = refusal.Message }, ReplyWriter.Json).ConfigureAwait(false);
            return;
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<byte[]> Profile(HttpContext context, DataService data, TeachingReplies replies)
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

        var stored = Published(data, Profiles);
        var key = ReplyKey.For("profile", stored, string.Create(CultureInfo.InvariantCulture, $"{day}/{index}"));
        var body = await replies.GetOrAddAsync(key, async cancel => await data.Teaching.ProfileAsync(stored, day, index, cancel).ConfigureAwait(false) ?? None,
            context.RequestAborted).ConfigureAwait(false);
        return body.Length > 0 ? body : throw ProtocolException.NotFound($"there is no profile {index} on day {day}");
    }

    private static Task<byte[]> Sensors(HttpContext context, DataService data, TeachingReplies replies)
    {
        var query = GameQuery.From(context.Request);
        var start = ParseTime(query.Required("start", "send start=YYYY-MM-DD HH:MM:SS"), "start");
        var stop = ParseTime(query.Required("stop", "send stop=YYYY-MM-DD HH:MM:SS"), "stop");
        if (stop <= start)
        {
            throw ProtocolException.BadRequest("stop must be after start");
        }

        var stored = Published(data, Series);
        var key = ReplyKey.For("sensors", stored, string.Create(CultureInfo.InvariantCulture, $"{start.Ticks}/{stop.Ticks}"));
        return replies.GetOrAddAsync(key, cancel => data.Teaching.SensorsAsync(stored, start, stop, cancel), context.RequestAborted);
    }

    private static async Task<byte[]> Lookup(HttpContext context, DataService data, TeachingReplies replies)
    {
        var query = GameQuery.From(context.Request);
        var given = new[] { "name", "symbol", "number" }.Where(query.Has).ToList();
        if (given.Count != 1)
        {
            throw ProtocolException.BadRequest("send one of name=Helium, symbol=He or number=2");
        }

        var key = given[0];
        var value = query.Required(key, "send one of name=Helium, symbol=He or number=2");
        var stored = Published(data, Elements);
        var by = key switch
        {
            "name" => ElementKey.Name,
            "symbol" => ElementKey.Symbol,
            _ => ElementKey.Number,
        };
        long? number = by != ElementKey.Number ? null
            : long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : throw ProtocolException.BadRequest($"number must be an atomic number, a whole number like 2, not '{GameQuery.Clip(value)}'");

        // Names and symbols match in any case and numbers by value, so the key holds what the match depends on
        // (text outside ASCII is kept as sent: the database's case rules there need not be ours).
        var normalised = number is { } whole
            ? "number/" + whole.ToString(CultureInfo.InvariantCulture)
            : key + "/" + (System.Text.Ascii.IsValid(value) ? value.ToLowerInvariant() : value);
        // The original answered an unknown element with an empty list; classic mode does too.
        var classic = context.RequestServices.GetRequiredService<IOptions<ClassicOptions>>().Value.ClassicMode;
        var body = await replies.GetOrAddAsync(ReplyKey.For("lookup", stored, normalised),
            async cancel => await data.Teaching.LookupAsync(stored, by, value, cancel).ConfigureAwait(false) ?? None, context.RequestAborted).ConfigureAwait(false);
        return body.Length > 0 ? body
            : classic ? "[]"u8.ToArray() : throw ProtocolException.NotFound($"there is no element with {key} '{GameQuery.Clip(value)}'");
    }

    /// <summary>What the cache keeps for "there is none": a refusal names what its own request sent, so it is worded afresh each time.</summary>
    private static byte[] None => [];

    private static StoredDataset Published(DataService data, string id) =>
        data.Find(id) ?? throw ProtocolException.NotFound($"the data set {id} is not published on this server");

    private static DateTime ParseTime(string text, string key) =>
        Values.TryTime(text.Replace('+', ' '), out var time)
            ? time
            : throw ProtocolException.BadRequest($"{key} must be a time like 2022-01-05 03:00:00, not '{GameQuery.Clip(text)}'");
}
