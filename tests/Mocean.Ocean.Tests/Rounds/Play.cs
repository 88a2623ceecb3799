using Mocean.Ocean.Rounds;

namespace Mocean.Ocean.Tests.Rounds;

/// <summary>
/// A round on a test sea (flat 30 m floor, the trench, one seamount at 700,700): players Ann, Bob, Cara, Dan, Eve...
/// joined in that order, the impostors chosen, started at once. Players are then put where a test needs them.
/// </summary>
internal sealed class Play
{
    public static readonly string[] Names = ["Ann", "Bob", "Cara", "Dan", "Eve", "Fay", "Gus", "Hal", "Ida", "Jon", "Kim", "Lou"];

    public static readonly TemperatureSample[] Temperatures =
    [
        new(new DateTimeOffset(2022, 1, 5, 21, 10, 0, TimeSpan.Zero), 7.68026),
        new(new DateTimeOffset(2022, 1, 5, 21, 11, 0, TimeSpan.Zero), 7.5),
    ];

    public Sea Sea { get; }

    public OceanGame Ocean => Sea.Ocean;

    public Dictionary<string, string> Ids { get; } = new(StringComparer.OrdinalIgnoreCase);

    public RoundState Round => Ocean.RoundState!;

    public Play(int players = 5, string[]? impostors = null, ulong seed = 11, RoundSettings? settings = null, bool data = true, bool start = true, Sea? sea = null)
    {
        Sea = sea ?? new Sea();
        foreach (var name in Names.Take(players))
        {
            Ids[name] = Sea.Put(name, 100, 100);
        }
        if (start)
        {
            Ocean.StartRound(seed, settings ?? RoundSettings.Default, data ? Temperatures : [], impostors ?? ["Ann"]);
        }
    }

    public string this[string name] => Ids[name];

    public RoundPlayer Player(string name) => Round.Find(name)!;

    public RoundTask Task(string name, TaskKind kind) => Player(name).Tasks.First(t => t.Kind == kind);

    /// <summary>Puts the player at (x, y) and sinks them to z (the teleport crystal, then dives).</summary>
    public void Put(string name, double x, double y, double z = 0) => Sea.MoveTo(Ids[name], x, y, z);

    /// <summary>Sinks the player to the floor where they are.</summary>
    public void ToFloor(string name)
    {
        while (Ocean.Player(Ids[name]).Z < Ocean.Ping(Ids[name]))
        {
            Ocean.Dive(Ids[name], "f");
        }
    }

    public void Wait(double seconds) => Sea.Wait(seconds);

    /// <summary>The engine's refusal of an action: its error and its line.</summary>
    public static (OceanError Error, string Line) Refusal(Action action)
    {
        var e = Assert.Throws<OceanException>(action);
        return (e.Error, e.Message);
    }

    /// <summary>The impostor (Ann by default) tags <paramref name="name"/> from beside them at the surface, once the tag count allows.</summary>
    public void TagNow(string name, string impostor = "Ann")
    {
        var next = Round.Find(impostor)!.NextTagAt;
        if (next > Ocean.OceanNow)
        {
            Wait((next - Ocean.OceanNow).TotalSeconds);
        }
        var t = Ocean.Player(Ids[name]);
        Put(name, t.X, t.Y);
        Put(impostor, t.X, t.Y);
        Assert.Equal($"you tagged {t.Name}", Ocean.Tag(Ids[impostor], name));
    }
}
