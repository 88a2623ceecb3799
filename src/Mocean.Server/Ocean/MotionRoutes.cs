using Mocean.Ocean.Commands;
using Mocean.Server.Protocol;
using static Mocean.Server.Ocean.PlayerRoutes;

namespace Mocean.Server.Ocean;

/// <summary>
/// Where a player is and how they move: <c>location</c>, <c>velocity</c>, <c>accel</c>, <c>stop</c>,
/// <c>dive</c>, <c>teleport</c>, <c>ping</c>. Replies are the comma-separated numbers of the compatibility
/// promise, each in <see cref="WireNumbers.Number(double)"/> form.
/// </summary>
public static class MotionRoutes
{
    private const string IdHelp = "your id from join";

    public static WebApplication MapMotionRoutes(this WebApplication app)
    {
        app.MapText("/location", LocationAsync).WithTags("Ocean").WithSummary("Where you are: x,y,z,wrap,msg,near")
            .WithQuery("id", IdHelp, required: true);
        app.MapText("/velocity", VelocityAsync).WithTags("Ocean").WithSummary("How you move: vx,vy,heading")
            .WithQuery("id", IdHelp, required: true);
        app.MapText("/accel", AccelAsync).WithTags("Ocean").WithSummary("Speed up (w), slow down (s), veer left (a) or right (d): x,y,z,vx,vy,heading")
            .WithQuery("id", IdHelp, required: true).WithQuery("ctrl", "w, a, s or d", required: true);
        app.MapText("/stop", StopAsync).WithTags("Ocean").WithSummary("Stop (heading kept): x,y,z,vx,vy,heading")
            .WithQuery("id", IdHelp, required: true);
        app.MapText("/dive", DiveAsync).WithTags("Ocean").WithSummary("Rise (r) or sink (f) 5 m: x,y,z")
            .WithQuery("id", IdHelp, required: true).WithQuery("ctrl", "r or f", required: true);
        app.MapText("/teleport", TeleportAsync).WithTags("Ocean").WithSummary("Jump to x,y at the surface (needs the teleport crystal): x,y,z")
            .WithQuery("id", IdHelp, required: true).WithQuery("x", "east, 0-900", required: true).WithQuery("y", "north, 0-900", required: true);
        app.MapText("/ping", PingAsync).WithTags("Ocean").WithSummary("Metres from the surface to the floor here")
            .WithQuery("id", IdHelp, required: true);
        return app;
    }

    private static async Task<Reply> LocationAsync(TextRequest request)
    {
        var l = await AskAsync(request, id => new Player.Location(id)).ConfigureAwait(false);
        return Reply.Ok($"{WireNumbers.Numbers(l.X, l.Y, l.Z)},{Flag(l.Wrap)},{Flag(l.Msg)},{Flag(l.Near)}", l);
    }

    private static async Task<Reply> VelocityAsync(TextRequest request)
    {
        var v = await AskAsync(request, id => new Player.Velocity(id)).ConfigureAwait(false);
        return Reply.Ok(WireNumbers.Numbers(v.Vx, v.Vy, v.Heading), v);
    }

    private static async Task<Reply> AccelAsync(TextRequest request)
    {
        var ctrl = Ctrl(request, "send ctrl=w (faster), s (slower), a (left) or d (right)");
        var m = await AskAsync(request, id => new Player.Accel(id, ctrl)).ConfigureAwait(false);
        return Reply.Ok(WireNumbers.Numbers(m.X, m.Y, m.Z, m.Vx, m.Vy, m.Heading), m);
    }

    private static async Task<Reply> StopAsync(TextRequest request)
    {
        var m = await AskAsync(request, id => new Player.Stop(id)).ConfigureAwait(false);
        return Reply.Ok(WireNumbers.Numbers(m.X, m.Y, m.Z, m.Vx, m.Vy, m.Heading), m);
    }

    private static async Task<Reply> DiveAsync(TextRequest request)
    {
        var ctrl = Ctrl(request, "send ctrl=r (rise 5 m) or f (sink 5 m)");
        var p = await AskAsync(request, id => new Player.Dive(id, ctrl)).ConfigureAwait(false);
        return Reply.Ok(WireNumbers.Numbers(p.X, p.Y, p.Z), p);
    }

    private static async Task<Reply> TeleportAsync(TextRequest request)
    {
        var x = request.Query.RequiredNumber("x", "send x=EAST and y=NORTH, numbers from 0 to 900");
        var y = request.Query.RequiredNumber("y", "send x=EAST and y=NORTH, numbers from 0 to 900");
        var t = await AskAsync(request, id => new Player.Teleport(id, x, y)).ConfigureAwait(false);
        return t.Reply.Done
            ? Reply.Ok(WireNumbers.Numbers(t.Place.X, t.Place.Y, t.Place.Z), new { t.Reply.Done, t.Place.X, t.Place.Y, t.Place.Z })
            : ClassicRoutes.Said(request, t.Reply);
    }

    private static async Task<Reply> PingAsync(TextRequest request)
    {
        var depth = await AskAsync(request, id => new Player.Ping(id)).ConfigureAwait(false);
        return Reply.Ok(WireNumbers.Number(depth), new { Depth = depth });
    }

    private static char Flag(bool on) => on ? '1' : '0';

    /// <summary>The ctrl parameter; in classic mode a missing one is a bad one, answered in the original's words.</summary>
    private static string Ctrl(TextRequest request, string help) =>
        ClassicRoutes.IsOn(request) ? request.Query.Optional("ctrl") ?? string.Empty : request.Query.Required("ctrl", help);
}
