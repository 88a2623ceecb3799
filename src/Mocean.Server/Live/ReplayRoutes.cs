using System.Globalization;
using Microsoft.Extensions.Options;
using Mocean.Research;
using Mocean.Research.Query;
using Mocean.Server.Admin;
using Mocean.Server.Ocean;
using Mocean.Server.Protocol;
using Mocean.Server.Recording;

namespace Mocean.Server.Live;

/// <summary>
/// <c>GET /ocean/replay?ocean=NAME&amp;round=N</c> (or <c>&amp;from=TIME&amp;to=TIME</c>): the recorded tracks and events of a
/// round or a window as JSON, which the live page replays (<c>/ocean/live?replay=N</c>). Who may read what is the rule of
/// the data sets: students the rounds that are over (a round being played is refused with a 403), never a line's text; the
/// teacher, signed in or with the admin key, everything.
/// </summary>
public static class ReplayRoutes
{
    public static WebApplication MapReplay(this WebApplication app)
    {
        app.MapGet("/ocean/replay", ReplayAsync)
            .Produces<ReplayReply>(StatusCodes.Status200OK)
            .RefusingRepeatedKeys()
            .WithTags("Live").WithSummary("A round (round=N) or a window (from=TIME&to=TIME) of an ocean's record as JSON, for the replay");
        app.MapGet("/ocean/replay/rounds", Rounds)
            .Produces<RecordedRounds>(StatusCodes.Status200OK)
            .RefusingRepeatedKeys()
            .WithTags("Live").WithSummary("The rounds of an ocean's record this reader may replay (students: those that are over), as JSON");
        return app;
    }

    private static async Task<IResult> ReplayAsync(HttpContext context, DataService data, GameRecorder recorder, IOceanWatch watch,
        IOptions<RecordingOptions> recording)
    {
        using var deadline = data.Deadline(context.RequestAborted);
        var cancel = deadline.Token;
        try
        {
            var ocean = OceanOf(context.Request);
            var window = ReplayWindow.Parse(context.Request.Query);
            var record = ReplayRecord.Of(data, ocean) ?? throw ProtocolException.NotFound($"there is no record of an ocean named {ocean}");
            var teacher = await TeacherAuthentication.IsTeacherAsync(context).ConfigureAwait(false);
            var visibility = recorder.VisibilityOf(ocean);
            if (!teacher && visibility == Visibility.None)
            {
                throw new ProtocolException(StatusCodes.Status403Forbidden, $"the record of {ocean} is the teacher's alone: sign in on the teacher's page to replay it");
            }

            if (window.Round is { } round)
            {
                if (await record.RowsOfRoundAsync(round, cancel).ConfigureAwait(false) == 0)
                {
                    throw ProtocolException.NotFound($"{ocean} has no round {round} in its record");
                }

                if (!teacher && visibility == Visibility.Over && !await record.IsOverAsync(round, cancel).ConfigureAwait(false))
                {
                    throw new ProtocolException(StatusCodes.Status403Forbidden, $"round {round} of {ocean} is still being played: its replay opens to everyone when it is over");
                }
            }

            var tracks = await record.TracksAsync(window, teacher, cancel).ConfigureAwait(false);
            var events = await record.EventsAsync(window, teacher, cancel).ConfigureAwait(false);
            if (tracks.Count == 0 && events.Count == 0)
            {
                throw ProtocolException.NotFound($"nothing is recorded in {ocean} from {Iso(window.From)} to {Iso(window.To)} that you may read");
            }

            var times = tracks.Select(t => t.Time).Concat(events.Select(e => e.Time)).ToList();
            var (from, to) = window.Round is null ? (window.From, window.To) : (times.Min(), times.Max());
            var now = await watch.WatchAsync(ocean, long.MaxValue, teacher, context.RequestAborted).ConfigureAwait(false);
            var reply = new ReplayReply(ocean, await record.SeedAtAsync(from, now?.Seed, cancel).ConfigureAwait(false), window.Round, from, to, teacher,
                recording.Value.TrackPeriod.TotalSeconds, tracks, events);
            return Results.Json(reply, LiveJson.Default.ReplayReply);
        }
        catch (ProtocolException refused)
        {
            return Refused(refused);
        }
        catch (QueryException tooMany) when (tooMany.Status == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(new ProtocolException(StatusCodes.Status413PayloadTooLarge,
                $"the replay holds more than the {data.Limits.RowCap} rows of tracks or of events the server reads for one query: choose a shorter window"));
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return Refused(new ProtocolException(StatusCodes.Status413PayloadTooLarge,
                $"the replay took longer than the {data.Limits.Timeout.TotalSeconds} s the server reads for one query: choose a shorter window"));
        }
    }

    /// <summary>The rounds this reader may replay: an ocean without a record, or whose record is the teacher's, has none.</summary>
    private static async Task<IResult> Rounds(HttpContext context, DataService data)
    {
        try
        {
            var ocean = OceanOf(context.Request);
            var teacher = await TeacherAuthentication.IsTeacherAsync(context).ConfigureAwait(false);
            var rounds = ReplayRecord.Of(data, ocean) is { } record ? await record.RoundsAsync(teacher, context.RequestAborted).ConfigureAwait(false) : [];
            return Results.Json(new RecordedRounds(ocean, rounds), LiveJson.Default.RecordedRounds);
        }
        catch (ProtocolException refused)
        {
            return Refused(refused);
        }
    }

    /// <summary>The ocean as the server keys it (lower case; <c>main</c> when not given); a 400 for a name no ocean can have.</summary>
    private static string OceanOf(HttpRequest request) =>
        PlayerRoutes.OceanName(request.Query["ocean"].ToString().Trim() is { Length: > 0 } given ? given : null);

    private static IResult Refused(ProtocolException refused) =>
        Results.Text(refused.Message + "\n", "text/plain; charset=utf-8", System.Text.Encoding.UTF8, refused.Status);

    private static string Iso(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
