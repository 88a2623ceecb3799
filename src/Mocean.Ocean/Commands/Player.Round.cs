using System.Collections.Immutable;
using Mocean.Ocean.Rounds;
using Orleans;

namespace Mocean.Ocean.Commands;

/// <summary>The players' round commands (rounds.md), one record per route.</summary>
public static partial class Player
{
    /// <summary><c>round</c>: the round line of the ocean (a read: nobody's access).</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Player.Round")]
    public sealed record Round : GameCommand<RoundStatus>
    {
        public override bool Changes => false;

        internal override RoundStatus RunOn(OceanGame ocean) => ocean.Round();
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Role")]
    public sealed record Role([property: Id(0)] string Id) : GameCommand<RoleReply>
    {
        internal override RoleReply RunOn(OceanGame ocean) => ocean.Role(Id);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Tasks")]
    public sealed record Tasks([property: Id(0)] string Id) : GameCommand<ImmutableArray<TaskLine>>
    {
        internal override ImmutableArray<TaskLine> RunOn(OceanGame ocean) => [.. ocean.Tasks(Id)];
    }

    /// <summary><c>task</c>: task <see cref="N"/> where the player is; <see cref="Answer"/> for a <c>measure</c>.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Player.DoTask")]
    public sealed record DoTask([property: Id(0)] string Id, [property: Id(1)] int N, [property: Id(2)] double? Answer) : GameCommand<TaskDone>
    {
        internal override TaskDone RunOn(OceanGame ocean) => ocean.DoTask(Id, N, Answer);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Tag")]
    public sealed record Tag([property: Id(0)] string Id, [property: Id(1)] string? Name) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.Tag(Id, Name);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Sabotage")]
    public sealed record Sabotage([property: Id(0)] string Id, [property: Id(1)] string? Kind) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.Sabotage(Id, Kind);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Meeting")]
    public sealed record Meeting([property: Id(0)] string Id) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.CallMeeting(Id);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Report")]
    public sealed record Report([property: Id(0)] string Id) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.Report(Id);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Say")]
    public sealed record Say([property: Id(0)] string Id, [property: Id(1)] string Message) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.Say(Id, Message);
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Hear")]
    public sealed record Hear([property: Id(0)] string Id, [property: Id(1)] int After) : GameCommand<ImmutableArray<MeetingLine>>
    {
        internal override ImmutableArray<MeetingLine> RunOn(OceanGame ocean) => [.. ocean.Hear(Id, After)];
    }

    [GenerateSerializer, Immutable, Alias("Mocean.Player.Vote")]
    public sealed record Vote([property: Id(0)] string Id, [property: Id(1)] string Name) : GameCommand<string>
    {
        internal override string RunOn(OceanGame ocean) => ocean.Vote(Id, Name);
    }

    /// <summary><c>roles</c>: every role, once the round is over (a read: nobody's access).</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Player.Roles")]
    public sealed record Roles : GameCommand<ImmutableArray<RoleLine>>
    {
        public override bool Changes => false;

        internal override ImmutableArray<RoleLine> RunOn(OceanGame ocean) => [.. ocean.Roles()];
    }
}
