using System.Collections.Immutable;
using Orleans;
using Reply = Mocean.Ocean.GameReply;

namespace Mocean.Ocean.Commands;

/// <summary>
/// The players' commands, one record per route (see the engine's README for each reply). Every command with an
/// <c>Id</c> moves that player to now and counts as their access.
/// </summary>
public static partial class Player
{
    /// <summary>
    /// A player joins under a fresh id. With a <paramref name="Capacity"/> above 0 the ocean refuses the join
    /// (<see cref="OceanError.Full"/>) when it already has that many players: checked where joins are taken one at a
    /// time, so joins sent all at once cannot pass it together.
    /// </summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Player.Join")]
    public sealed record Join([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] int Capacity = 0) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.Join(Id, Name, Capacity).Name;
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Quit")]
    public sealed record Quit([property: Id(0)] string Id) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.Quit(Id);
    }

    /// <summary>The names of the players, in order of joining (a read: nobody's access).</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Player.Who")]
    public sealed record Who : GameCommand<ImmutableArray<string>>
    {
        public override bool Changes => false;

        internal override ImmutableArray<string> RunOn(OceanGame ocean) => [.. ocean.Who()];
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Name")]
    public sealed record Name([property: Id(0)] string Id) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.Name(Id);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Look")]
    public sealed record Look([property: Id(0)] string Id) : GameCommand<ImmutableArray<Sighting>>
    {
        internal override ImmutableArray<Sighting> RunOn(OceanGame ocean) => [.. ocean.Look(Id)];
    }

    /// <summary><c>get</c>; <c>HungerFirst</c> asks for the whales' hunger before a whale in reach, as the original did (classic mode).</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Player.Get")]
    public sealed record Get([property: Id(0)] string Id, [property: Id(1)] string Item, [property: Id(2)] bool HungerFirst = false) : GameCommand<Reply>
    {
        internal override Reply RunOn(OceanGame ocean) => ocean.Get(Id, Item, HungerFirst);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Inventory")]
    public sealed record Inventory([property: Id(0)] string Id) : GameCommand<ImmutableArray<string>>
    {
        internal override ImmutableArray<string> RunOn(OceanGame ocean) => [.. ocean.Inventory(Id)];
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Use")]
    public sealed record Use([property: Id(0)] string Id, [property: Id(1)] string Item) : GameCommand<Reply>
    {
        internal override Reply RunOn(OceanGame ocean) => ocean.Use(Id, Item);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.SendChat")]
    public sealed record SendChat([property: Id(0)] string Id, [property: Id(1)] string Recipient, [property: Id(2)] string Message)
        : GameCommand<Reply>
    {
        internal override Reply RunOn(OceanGame ocean) => ocean.SendChat(Id, Recipient, Message);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.PopChat")]
    public sealed record PopChat([property: Id(0)] string Id) : GameCommand<Reply>
    {
        internal override Reply RunOn(OceanGame ocean) => ocean.PopChat(Id);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.WhaleName")]
    public sealed record WhaleName([property: Id(0)] string Id) : GameCommand<Reply>
    {
        internal override Reply RunOn(OceanGame ocean) => ocean.WhaleName(Id);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.SeamountName")]
    public sealed record SeamountName([property: Id(0)] string Id) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.SeamountName(Id);
    }
}
