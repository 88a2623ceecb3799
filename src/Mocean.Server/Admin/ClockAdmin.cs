using System.Globalization;
using System.Text;
using Mocean.OceanHosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Admin;

/// <summary>
/// The server's own clock, behind the admin key: <c>GET /admin/clock</c> says its time, and <c>POST /admin/clock?seconds=N</c>
/// moves a standing clock (<c>--clock TIME</c>) forward, so a test or a replayed round goes the same way every time.
/// The machine's clock is never moved: without <c>--clock</c> the move is a 409.
/// </summary>
public static class ClockAdmin
{
    /// <summary>The longest single move: a year.</summary>
    private const double MostSeconds = 366 * 86_400;

    public static WebApplication MapClockAdmin(this WebApplication app)
    {
        var admin = app.MapAdminGroup();
        admin.MapGet("/clock", (MoceanClock clock) => Text(StatusCodes.Status200OK, Line(clock)))
            .WithSummary("The server's clock: its time, and whether it stands (--clock) or is the machine's");
        admin.MapPost("/clock", (MoceanClock clock, string? seconds) => Move(clock, seconds))
            .WithSummary("Move the standing clock (--clock TIME) forward by seconds=N");
        return app;
    }

    private static IResult Move(MoceanClock clock, string? seconds)
    {
        if (clock.Standing is not { } standing)
        {
            return Text(StatusCodes.Status409Conflict, "the clock is the machine's and cannot be moved: start the server with --clock TIME for one that can");
        }

        if (!double.TryParse(seconds?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var by) || !(by >= 0 && by <= MostSeconds))
        {
            return Text(StatusCodes.Status400BadRequest, $"send seconds=N, a number from 0 to {MostSeconds.ToString(CultureInfo.InvariantCulture)}, not '{GameQuery.Clip(seconds ?? "")}'");
        }

        standing.Advance(TimeSpan.FromTicks((long)Math.Round(by * TimeSpan.TicksPerSecond)));
        return Text(StatusCodes.Status200OK, Line(clock));
    }

    private static string Line(MoceanClock clock) =>
        $"the clock is {StandingClock.Text(clock.GetUtcNow())}" + (clock.Standing is null ? " (the machine's)" : " (standing: POST /admin/clock?seconds=N moves it)");

    private static IResult Text(int status, string line) => Results.Text(line, "text/plain; charset=utf-8", Encoding.UTF8, status);
}
