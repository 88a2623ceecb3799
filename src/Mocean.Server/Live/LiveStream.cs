using System.Text;
using System.Text.Json;
using Mocean.Server.Admin;

namespace Mocean.Server.Live;

/// <summary>
/// <c>GET /ocean/live/stream?ocean=</c>: Server-Sent Events, one <c>data:</c> line of JSON about every
/// <see cref="Interval"/> with every player, whale and (for a signed-in teacher) treasure, plus the events
/// since the last message, and the round if there is one. While a round is in play (or in a meeting) a viewer who is
/// not the teacher gets the players without names: each marker carries a key of this stream's own, which no other
/// stream and no reply shares, so the big screen cannot tell who tagged whom. The stream ends when the viewer leaves
/// or the server stops; the browser's <c>EventSource</c> then reconnects by itself (<c>retry:</c> one second).
/// </summary>
public static partial class LiveStream
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(150);
    private const int EventsOnConnect = 15;

    public static async Task RunAsync(HttpContext context, IOceanWatch watch, LiveViewers viewers, IHostApplicationLifetime lifetime, ILoggerFactory logs)
    {
        using var viewer = viewers.TryOpen(context, out var refusal);
        if (viewer is null)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "5";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(refusal + "\n", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var ocean = LiveRoutes.OceanOf(context.Request);
        var teacher = await TeacherAuthentication.IsTeacherAsync(context).ConfigureAwait(false);
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var token = stop.Token;
        long afterSeq = -1;
        var markers = new MarkerKeys();
        try
        {
            await response.WriteAsync("retry: 1000\n\n", token).ConfigureAwait(false);
            using var timer = new PeriodicTimer(Interval);
            do
            {
                var frame = await watch.WatchAsync(ocean, Math.Max(0, afterSeq), teacher, token).ConfigureAwait(false);
                var message = Message(ocean, frame, teacher, afterSeq < 0, markers);
                afterSeq = frame?.LastSeq ?? afterSeq;
                var json = JsonSerializer.Serialize(message, LiveJson.Default.LiveMessage);
                await response.WriteAsync(new StringBuilder("data: ").Append(json).Append("\n\n").ToString(), token).ConfigureAwait(false);
                await response.Body.FlushAsync(token).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // The viewer left or the server is stopping: the browser reconnects.
        }
        catch (IOException)
        {
            // The connection broke while writing.
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // Ends this stream only: the browser reconnects and the next stream starts afresh.
            LogFailed(logs.CreateLogger("Mocean.Live"), ocean, failure);
        }
    }

    internal static LiveMessage Message(string ocean, LiveFrame? frame, bool teacher, bool first, MarkerKeys markers)
    {
        if (frame is null)
        {
            return new LiveMessage(ocean, null, Missing: true, teacher, 0, false, false, [], [], null, []);
        }

        IReadOnlyList<LiveEvent> events = first ? frame.Events.Skip(Math.Max(0, frame.Events.Count - EventsOnConnect)).ToList() : frame.Events;
        var hidden = !teacher && frame.Round?.Status.Phase is "play" or "meeting";
        if (hidden)
        {
            // A whale's or a treasure's event happens where a nameless marker is: with a name it would name the marker.
            events = [.. events.Select(e => e.Kind is "TreasureTaken" or "WhaleRidden" or "WhaleLeft" ? e with { Player = "" } : e)];
        }
        return new LiveMessage(frame.Ocean, frame.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), Missing: false, teacher,
            frame.At.ToUnixTimeMilliseconds(), frame.Paused, frame.Bloom, hidden ? markers.Hide(frame.Players) : frame.Players, frame.Whales,
            teacher ? frame.Treasures : null, events, LiveRound.Of(frame.Round), hidden,
            hidden ? [.. frame.Players.Select(p => p.Name).Order(StringComparer.OrdinalIgnoreCase)] : null);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The live stream of ocean {Ocean} failed")]
    private static partial void LogFailed(ILogger logger, string ocean, Exception failure);
}
