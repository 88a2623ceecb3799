using Orleans;
using Moving = Mocean.Ocean.Velocity;
using Where = Mocean.Ocean.Location;

namespace Mocean.Ocean.Commands;

/// <summary>The players' motion commands: where they are and how they move.</summary>
public static partial class Player
{
    [GenerateSerializer, Immutable, Alias("Mocean.Player.Location")]
    public sealed record Location([property: Id(0)] string Id) : GameCommand<Where>
    {
        internal override Where RunOn(OceanGame ocean) => ocean.Location(Id);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Velocity")]
    public sealed record Velocity([property: Id(0)] string Id) : GameCommand<Moving>
    {
        internal override Moving RunOn(OceanGame ocean) => ocean.Velocity(Id);
    }

    /// <summary><c>accel</c>: <see cref="Ctrl"/> is w, a, s or d.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Player.Accel")]
    public sealed record Accel([property: Id(0)] string Id, [property: Id(1)] string Ctrl) : GameCommand<Motion>
    {
        internal override Motion RunOn(OceanGame ocean) => ocean.Accel(Id, Ctrl);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Stop")]
    public sealed record Stop([property: Id(0)] string Id) : GameCommand<Motion>
    {
        internal override Motion RunOn(OceanGame ocean) => ocean.Stop(Id);
    }

    /// <summary><c>dive</c>: <see cref="Ctrl"/> is r (rise) or f (sink).</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Player.Dive")]
    public sealed record Dive([property: Id(0)] string Id, [property: Id(1)] string Ctrl) : GameCommand<Place>
    {
        internal override Place RunOn(OceanGame ocean) => ocean.Dive(Id, Ctrl);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Teleport")]
    public sealed record Teleport([property: Id(0)] string Id, [property: Id(1)] double X, [property: Id(2)] double Y) : GameCommand<Teleported>
    {
        internal override Teleported RunOn(OceanGame ocean)
        {
            var (reply, place) = ocean.Teleport(Id, X, Y);
            return new Teleported(reply, place);
        }
    }

    /// <summary>Metres from the surface to the floor under the player.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Player.Ping")]
    public sealed record Ping([property: Id(0)] string Id) : GameCommand<double>
    {
        internal override double RunOn(OceanGame ocean) => ocean.Ping(Id);
    }
}
