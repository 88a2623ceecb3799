using Microsoft.Extensions.Time.Testing;
using Mocean.Ocean.World;

namespace Mocean.Ocean.Tests;

/// <summary>Server randomness as a script: each draw takes the next value (then repeats the last).</summary>
internal sealed class Script(params double[] values) : IRandomSource
{
    private int _next;

    public double NextDouble() => values[Math.Min(_next++, values.Length - 1)];
}

/// <summary>
/// A test ocean on a known world: flat 30 m floor with the trench, the given seamounts (by default
/// one far off at 700,700), whales that stay put (speed 0) unless told, and a fake clock.
/// </summary>
internal sealed class Sea
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    public OceanGame Ocean { get; }

    public OceanRules Settings => Ocean.Settings;

    private int _ids;

    public Sea(
        IReadOnlyList<(int X, int Y, double Sigma, double Height)>? seamounts = null,
        IReadOnlyList<(double X, double Y)>? whales = null,
        OceanRules? settings = null,
        Chat.BlockedWords? blocked = null,
        IReadOnlyList<string>? treasures = null)
    {
        seamounts ??= [(700, 700, 10, 10)];
        whales ??= [];
        settings ??= OceanRules.Default with { WhaleSpeed = 0 };
        settings = settings with
        {
            SeamountNames = [.. OceanRules.Default.SeamountNames.Take(seamounts.Count)],
            TreasureNames = treasures ?? [.. OceanRules.Default.TreasureNames.Take(seamounts.Count)],
            WhaleNames = [.. OceanRules.Default.WhaleNames.Take(whales.Count)],
        };
        var mounts = seamounts.Select((s, i) => new Seamount(i, settings.SeamountNames[i], s.X, s.Y, s.Sigma, s.Height)).ToList();
        var starts = whales.Select((w, i) => new WhaleStart(i, settings.WhaleNames[i], w.X, w.Y, 0)).ToList();
        Ocean = OceanGame.ForWorld(OceanWorld.Build(7, settings, mounts, starts), Clock, new Script(0.5), blocked);
    }

    /// <summary>Joins a player and puts them at (x, y) by the teleport crystal (which they keep), sinking to depth z.</summary>
    public string Put(string name, double x, double y, double z = 0)
    {
        var id = $"id{++_ids}";
        Ocean.Join(id, name);
        MoveTo(id, x, y, z);
        return id;
    }

    public void MoveTo(string id, double x, double y, double z = 0)
    {
        if (!Ocean.Inventory(id).Contains(Items.ItemNames.TeleportCrystal))
        {
            Ocean.GiveItem(Ocean.Name(id), Items.ItemNames.TeleportCrystal);
        }
        Assert.True(Ocean.Teleport(id, x, y).Reply.Done);
        while (Ocean.Player(id).Z < z)
        {
            var before = Ocean.Player(id).Z;
            Ocean.Dive(id, "f");
            Assert.True(Ocean.Player(id).Z > before, "the floor is above the depth asked for");
        }
    }

    public void Wait(double seconds) => Clock.Advance(TimeSpan.FromSeconds(seconds));
}
