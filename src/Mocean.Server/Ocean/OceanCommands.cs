using System.Collections.Immutable;
using Mocean.Grains;
using Mocean.Ocean;
using Sea = Mocean.Ocean.Ocean;

namespace Mocean.Server.Ocean;

/// <summary>
/// A player's commands as engine calls and their answers as the grain's reply records, written once and run
/// either by the ocean grain or directly by a handler in the grain's process (see <c>OceanCell</c>).
/// An engine refusal becomes a fault with the HTTP status the protocol gives it.
/// </summary>
public static class OceanCommands
{
    public static OceanResult<string> Name(Sea sea, string id) => Run(() => sea.Name(id));

    public static OceanResult<ImmutableArray<SightingReply>> Look(Sea sea, string id) => Run(() => sea.Look(id)
        .Select(s => new SightingReply(s.Kind.ToString().ToLowerInvariant(), s.Name, s.X, s.Y, s.Z)).ToImmutableArray());

    public static OceanResult<GameLine> Get(Sea sea, string id, string item) => Run(() => Line(sea.Get(id, item)));

    public static OceanResult<ImmutableArray<string>> Inventory(Sea sea, string id) => Run(() => sea.Inventory(id).ToImmutableArray());

    public static OceanResult<GameLine> Use(Sea sea, string id, string item) => Run(() => Line(sea.Use(id, item)));

    public static OceanResult<GameLine> SendChat(Sea sea, string id, string recipient, string message) =>
        Run(() => Line(sea.SendChat(id, recipient, message)));

    public static OceanResult<GameLine> PopChat(Sea sea, string id) => Run(() => Line(sea.PopChat(id)));

    public static OceanResult<LocationReply> Location(Sea sea, string id) => Run(() =>
    {
        var l = sea.Location(id);
        return new LocationReply(l.X, l.Y, l.Z, l.Wrap, l.Msg, l.Near);
    });

    public static OceanResult<VelocityReply> Velocity(Sea sea, string id) => Run(() =>
    {
        var v = sea.Velocity(id);
        return new VelocityReply(v.Vx, v.Vy, v.Heading);
    });

    public static OceanResult<MotionReply> Accel(Sea sea, string id, string ctrl) => Run(() => Motion(sea.Accel(id, ctrl)));

    public static OceanResult<MotionReply> Stop(Sea sea, string id) => Run(() => Motion(sea.Stop(id)));

    public static OceanResult<PlaceReply> Dive(Sea sea, string id, string ctrl) => Run(() => Place(sea.Dive(id, ctrl)));

    public static OceanResult<TeleportReply> Teleport(Sea sea, string id, double x, double y) => Run(() =>
    {
        var (reply, place) = sea.Teleport(id, x, y);
        return new TeleportReply(Line(reply), Place(place));
    });

    public static OceanResult<double> Ping(Sea sea, string id) => Run(() => sea.Ping(id));

    public static OceanResult<GameLine> WhaleName(Sea sea, string id) => Run(() => Line(sea.WhaleName(id)));

    public static OceanResult<string> SeamountName(Sea sea, string id) => Run(() => sea.SeamountName(id));

    /// <summary>Runs one engine call; a refusal comes back as a fault.</summary>
    public static OceanResult<T> Run<T>(Func<T> command)
    {
        try
        {
            return OceanResult<T>.Ok(command());
        }
        catch (OceanException refusal)
        {
            return new OceanResult<T>(default, new OceanFault(StatusOf(refusal.Error), refusal.Message, refusal.Error.ToString()));
        }
    }

    /// <summary>The HTTP status of each engine refusal (see the engine's README).</summary>
    public static int StatusOf(OceanError error) => error switch
    {
        OceanError.UnknownPlayer or OceanError.UnknownName => StatusCodes.Status404NotFound,
        OceanError.NameInUse or OceanError.IdInUse => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    public static GameLine Line(GameReply reply) => new(reply.Done, reply.Text);

    private static MotionReply Motion(Motion m) => new(m.X, m.Y, m.Z, m.Vx, m.Vy, m.Heading);

    private static PlaceReply Place(Place p) => new(p.X, p.Y, p.Z);
}
