using Mocean.Ocean.World;

namespace Mocean.Ocean.Rounds;

/// <summary>Where a player is put at the start of a round: at the surface, stopped.</summary>
public sealed record Scatter(string Name, double X, double Y);

/// <summary>
/// The round's randomness, all from the round seed (our <see cref="SplitMix64"/>), in this fixed order: the lost city
/// (x, y until it fits), the roles (a partial shuffle of the players in join order), the scatter (x, y per player in
/// join order), the measure minutes (an index per pool entry), then each player's tasks in join order. Late joiners
/// are dealt on from where the generator stood. Same seed, same world, same players in the same order: same round.
/// </summary>
public static class RoundDeal
{
    /// <summary>
    /// A new round of <paramref name="names"/> (the ocean's players in join order) at ocean time <paramref name="now"/>.
    /// <paramref name="temperatures"/> are the research data's samples (empty: no <c>measure</c> tasks);
    /// <paramref name="impostors"/>, when given, are the impostors instead of a draw (tests).
    /// </summary>
    public static (RoundState Round, IReadOnlyList<Scatter> Scatter) Start(
        ulong seed,
        RoundSettings settings,
        OceanWorld world,
        IReadOnlyList<string> names,
        IReadOnlyList<TemperatureSample> temperatures,
        DateTimeOffset now,
        IReadOnlyCollection<string>? impostors = null)
    {
        var rng = new SplitMix64(seed);
        var city = LostCity.Place(rng, world.Floor, world.Settings, settings)
            ?? throw new OceanException(OceanError.RoundRefused, "this ocean has no room for the lost city (120 from every seamount, 60 from the trench): reset it with another seed");
        var roles = DrawRoles(rng, names.Count, settings.ImpostorsFor(names.Count));
        if (impostors is not null)
        {
            roles = [.. names.Select(n => impostors.Contains(n, StringComparer.OrdinalIgnoreCase))];
        }
        var scatter = names.Select(n => new Scatter(n, rng.NextDouble() * world.Settings.Width, rng.NextDouble() * world.Settings.Height)).ToList();
        var pool = temperatures.Count == 0
            ? []
            : Enumerable.Range(0, settings.MeasurePool).Select(_ => temperatures[rng.NextInt(0, temperatures.Count - 1)]).ToList();
        var round = new RoundState(
            seed, settings, RoundPhase.Play, now, TimeSpan.Zero, 0, city, [], [], null, 0, pool,
            StormUntil: now, NextStormAt: now, LastMeetingEnd: null, Winner: null);
        var players = new List<RoundPlayer>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var tasks = DealTasks(rng, round, world);
            players.Add(new RoundPlayer(names[i], i, roles[i] ? Role.Impostor : Role.Crew, null, tasks, false, now + settings.FirstTagAfter, 0, now, now));
        }
        return (round with { Players = players, Draws = rng.State }, scatter);
    }

    /// <summary>A crewmate who joins during the round: a full set of tasks, dealt on from the round's generator.</summary>
    public static RoundState JoinLate(RoundState round, string name, OceanWorld world, DateTimeOffset now)
    {
        var rng = new SplitMix64(round.Draws);
        var tasks = DealTasks(rng, round, world);
        var player = new RoundPlayer(name, round.Players.Count, Role.Crew, null, tasks, false, now, 0, now, now);
        return round with { Players = [.. round.Players, player], Draws = rng.State };
    }

    /// <summary>The floor while the round lasts: the world's, with the lost city.</summary>
    public static CityFloor FloorOf(RoundState round, OceanWorld world) =>
        new(world.Floor, round.City, Torus.Of(world.Settings), round.Settings);

    /// <summary>Which of <paramref name="count"/> players are impostors: the first <paramref name="impostors"/> of a partial Fisher-Yates shuffle.</summary>
    private static bool[] DrawRoles(SplitMix64 rng, int count, int impostors)
    {
        var order = Enumerable.Range(0, count).ToArray();
        var roles = new bool[count];
        for (var i = 0; i < Math.Min(impostors, count); i++)
        {
            var j = rng.NextInt(i, count - 1);
            (order[i], order[j]) = (order[j], order[i]);
            roles[order[i]] = true;
        }
        return roles;
    }

    /// <summary>One <c>find</c> first, then <c>sonar</c>, <c>sample</c>, <c>measure</c> in turn (<c>measure</c> left out without data).</summary>
    private static List<RoundTask> DealTasks(SplitMix64 rng, RoundState round, OceanWorld world)
    {
        var s = round.Settings;
        var floor = FloorOf(round, world);
        TaskKind[] turn = round.MeasurePool.Count > 0 ? [TaskKind.Sonar, TaskKind.Sample, TaskKind.Measure] : [TaskKind.Sonar, TaskKind.Sample];
        var tasks = new List<RoundTask>(s.Tasks)
        {
            new(1, TaskKind.Find, round.City.X, round.City.Y, floor.DepthAt(round.City.X, round.City.Y), false),
        };
        for (var n = 2; n <= s.Tasks; n++)
        {
            var kind = turn[(n - 2) % turn.Length];
            tasks.Add(kind switch
            {
                TaskKind.Sonar => Sonar(rng, n, floor, world.Settings),
                TaskKind.Sample => Sample(rng, n, floor, world.Floor.Seamounts),
                _ => Measure(rng, n, round.MeasurePool, world.Settings),
            });
        }
        return tasks;
    }

    private static RoundTask Sonar(SplitMix64 rng, int n, IFloor floor, OceanRules ocean)
    {
        var x = rng.NextDouble() * ocean.Width;
        var y = rng.NextDouble() * ocean.Height;
        return new RoundTask(n, TaskKind.Sonar, x, y, rng.NextDouble() * floor.DepthAt(x, y), false);
    }

    private static RoundTask Sample(SplitMix64 rng, int n, IFloor floor, IReadOnlyList<Seamount> seamounts)
    {
        var m = seamounts[rng.NextInt(0, seamounts.Count - 1)];
        return new RoundTask(n, TaskKind.Sample, m.X, m.Y, floor.DepthAt(m.X, m.Y), false);
    }

    private static RoundTask Measure(SplitMix64 rng, int n, IReadOnlyList<TemperatureSample> pool, OceanRules ocean)
    {
        var x = rng.NextDouble() * ocean.Width;
        var y = rng.NextDouble() * ocean.Height;
        var sample = pool[rng.NextInt(0, pool.Count - 1)];
        return new RoundTask(n, TaskKind.Measure, x, y, 0, false, sample.Minute, sample.Temp);
    }
}
