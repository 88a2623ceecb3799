using System.Collections.Immutable;
using Mocean.Ocean.State;
using Orleans;

namespace Mocean.Ocean.Commands;

/// <summary>The teacher's commands (the host checks the admin key). Players are named, never identified by id.</summary>
public static partial class Teacher
{
    /// <summary>A new world (a new seed, or the same), every player removed; answers the seed.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.Reset")]
    public sealed record Reset([property: Id(0)] ulong? Seed) : GameCommand<ulong>
    {
        internal override ulong RunOn(OceanGame ocean)
        {
            ocean.Reset(Seed);
            return ocean.Seed;
        }
    }

    /// <summary>Removes the named player; answers the name as given.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.Remove")]
    public sealed record Remove([property: Id(0)] string Name) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean)
        {
            ocean.RemovePlayer(Name);
            return Name;
        }
    }

    /// <summary>The teacher's notice in every inbox; answers how many players got it.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.Broadcast")]
    public sealed record Broadcast([property: Id(0)] string Line) : GameCommand<int>
    {
        internal override int RunOn(OceanGame ocean) => ocean.Broadcast(Line);
    }

    /// <summary>Stops ocean time; answers true.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.Pause")]
    public sealed record Pause : GameCommand<bool>
    {
        internal override bool RunOn(OceanGame ocean)
        {
            ocean.Pause();
            return ocean.Paused;
        }
    }

    /// <summary>Lets ocean time run again; answers false (not paused).</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.Resume")]
    public sealed record Resume : GameCommand<bool>
    {
        internal override bool RunOn(OceanGame ocean)
        {
            ocean.Resume();
            return ocean.Paused;
        }
    }

    /// <summary>Gives the named player an item; answers the item's spelling.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.Give")]
    public sealed record Give([property: Id(0)] string Name, [property: Id(1)] string Item) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.GiveItem(Name, Item);
    }

    /// <summary>Mutes (or unmutes) the named player's chat; answers the name as given.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.Mute")]
    public sealed record Mute([property: Id(0)] string Name, [property: Id(1)] bool Muted) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean)
        {
            ocean.Mute(Name, Muted);
            return Name;
        }
    }

    /// <summary>The latest chat lines (a read).</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.ChatLog")]
    public sealed record ChatLog : GameCommand<ImmutableArray<ChatLogEntry>>
    {
        public override bool Changes => false;

        internal override ImmutableArray<ChatLogEntry> RunOn(OceanGame ocean) => [.. ocean.ChatLog()];
    }
}
