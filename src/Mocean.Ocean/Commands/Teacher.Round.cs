using System.Collections.Immutable;
using Mocean.Ocean.Rounds;
using Orleans;

namespace Mocean.Ocean.Commands;

/// <summary>The teacher's round commands (the host checks the admin key).</summary>
public static partial class Teacher
{
    /// <summary>
    /// Starts a round of every player in the ocean from <see cref="Seed"/>; <see cref="Temperatures"/> are the research
    /// data's temperature samples for <c>measure</c> tasks (empty: none). Answers the round line.
    /// </summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.StartRound")]
    public sealed record StartRound(
        [property: Id(0)] ulong Seed,
        [property: Id(1)] RoundSettings Settings,
        [property: Id(2)] ImmutableArray<TemperatureSample> Temperatures) : GameCommand<RoundStatus>
    {
        internal override RoundStatus RunOn(OceanGame ocean) => ocean.StartRound(Seed, Settings, Temperatures);
    }

    /// <summary>Ends the round: the ocean is the sandbox again. Answers true.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.EndRound")]
    public sealed record EndRound : GameCommand<bool>
    {
        internal override bool RunOn(OceanGame ocean)
        {
            ocean.EndRound();
            return true;
        }
    }

    /// <summary>Every role, at any time (the teacher's); a read.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.Roles")]
    public sealed record Roles : GameCommand<ImmutableArray<RoleLine>>
    {
        public override bool Changes => false;

        internal override ImmutableArray<RoleLine> RunOn(OceanGame ocean) => [.. ocean.TeacherRoles()];
    }

    /// <summary>The round as the live page draws it: the teacher's view with roles and seed, or the public one.</summary>
    [GenerateSerializer, Immutable, Alias("Mocean.Teacher.RoundWatch")]
    public sealed record RoundWatch([property: Id(0)] bool Teacher) : GameCommand<RoundView?>
    {
        public override bool Changes => false;

        internal override RoundView? RunOn(OceanGame ocean) => ocean.RoundWatch(Teacher);
    }
}
