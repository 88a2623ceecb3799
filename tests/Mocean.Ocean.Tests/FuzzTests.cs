using Microsoft.Extensions.Time.Testing;
using Mocean.Ocean.Chat;
using Mocean.Ocean.World;

namespace Mocean.Ocean.Tests;

/// <summary>Random play: any input gives an answer or an <see cref="OceanException"/>, and the rules' invariants hold.</summary>
public class FuzzTests
{
    private static readonly string[] Words = ["", " ", "w", "a", "s", "d", "r", "f", "W", "x", "treasure", "whale", "iron dust", "boat hook",
        "binoculars", "teleport crystal", "crash alert", "air tank", "Ann", "bob", "Cara", "\0\n", "ünï", new string('z', 300), "poop", "id1", "id2"];

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void RandomPlayOnlyEverGivesAnswersOrTypedErrors(ulong seed)
    {
        var rng = new SplitMix64(seed);
        var clock = new FakeTimeProvider();
        var ocean = OceanGame.Create(seed, OceanRules.Default with { WhaleSpeed = 3 }, clock, rng, new BlockedWords(["poop"]));
        string W() => Words[rng.NextInt(0, Words.Length - 1)];
        double D() => (rng.NextDouble() * 2000) - 500;
        var actions = new Action[]
        {
            () => ocean.Join($"id{rng.NextInt(1, 4)}", W()),
            () => ocean.Accel(W(), W()),
            () => ocean.Accel($"id{rng.NextInt(1, 4)}", "w"),
            () => ocean.Dive($"id{rng.NextInt(1, 4)}", W()),
            () => ocean.Teleport($"id{rng.NextInt(1, 4)}", D(), D()),
            () => ocean.Get($"id{rng.NextInt(1, 4)}", W()),
            () => ocean.Use($"id{rng.NextInt(1, 4)}", W()),
            () => ocean.SendChat($"id{rng.NextInt(1, 4)}", W(), W()),
            () => ocean.PopChat($"id{rng.NextInt(1, 4)}"),
            () => ocean.Location($"id{rng.NextInt(1, 4)}"),
            () => ocean.Look($"id{rng.NextInt(1, 4)}"),
            () => ocean.GiveItem(W(), W()),
            () => ocean.Quit($"id{rng.NextInt(1, 4)}"),
            () => ocean.Stop(W()),
            () => ocean.RemoveIdlePlayers(),
            () => clock.Advance(TimeSpan.FromSeconds(rng.NextDouble() * 120)),
            () => ocean.Pause(),
            () => ocean.Resume(),
        };
        for (var step = 0; step < 1500; step++)
        {
            try
            {
                actions[rng.NextInt(0, actions.Length - 1)]();
            }
            catch (OceanException e)
            {
                Assert.DoesNotContain('\n', e.Message);
            }
            foreach (var p in ocean.Snapshot().Players)
            {
                var now = ocean.Player(p.Id);
                Assert.InRange(now.X, 0, 900 - 1e-9);
                Assert.InRange(now.Y, 0, 900 - 1e-9);
                Assert.InRange(now.Z, 0, ocean.World.Floor.DepthAt(now.X, now.Y));
                Assert.InRange(now.Speed, 0, now.Whale is null ? (now.Z == 0 ? 40 : 5) : 80);
                Assert.InRange(now.Heading, -Math.PI + 1e-13, Math.PI);
            }
        }
        var json = ocean.Snapshot().ToJson();
        Assert.Equal(json, OceanGame.FromSnapshot(State.OceanSnapshot.FromJson(json), clock, rng).Snapshot().ToJson());
    }
}
