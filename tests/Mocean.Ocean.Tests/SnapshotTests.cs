using Microsoft.Extensions.Time.Testing;
using Mocean.Ocean.Chat;
using Mocean.Ocean.State;

namespace Mocean.Ocean.Tests;

public class SnapshotTests
{
    private static readonly string[] Ids = ["ann00001", "bob00002", "cara0003", "dora0004"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheWholeStateRoundTripsThroughJson(bool paused)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var ocean = Busy(clock, paused);
        var json = ocean.Snapshot().ToJson();

        var restored = OceanGame.FromSnapshot(OceanSnapshot.FromJson(json), clock, new Script(0.9), new BlockedWords(["poop"]));

        Assert.Equal(json, restored.Snapshot().ToJson());
        clock.Advance(TimeSpan.FromSeconds(30));
        foreach (var id in Ids)
        {
            Assert.Equal(ocean.Location(id), restored.Location(id));
            Assert.Equal(ocean.Look(id), restored.Look(id));
            Assert.Equal(ocean.Inventory(id), restored.Inventory(id));
            Assert.Equal(ocean.WhaleName(id), restored.WhaleName(id));
            Assert.Equal(ocean.PopChat(id), restored.PopChat(id));
        }
        Assert.Equal(ocean.View().Whales, restored.View().Whales);
        Assert.Equal(ocean.Events(), restored.Events());
        Assert.Equal(ocean.ChatLog(), restored.ChatLog());
        Assert.Equal(ocean.Snapshot().ToJson(), restored.Snapshot().ToJson());
    }

    [Fact]
    public void ARestoredOceanKeepsItsRulesGoing()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var restored = OceanGame.FromSnapshot(OceanSnapshot.FromJson(Busy(clock, paused: false).Snapshot().ToJson()), clock, new Script(0.9));
        Assert.Equal(OceanError.NameInUse, Assert.Throws<OceanException>(() => restored.Join("new00005", "ann")).Error);
        Assert.Equal(new GameReply(false, "your chat is muted by the teacher"), restored.SendChat(Ids[3], "Ann", "hi"));
        Assert.Equal(5, restored.Join("eve00005", "Eve").JoinOrder);
        Assert.Equal(restored.Events()[^2].Seq + 1, restored.Events()[^1].Seq);
        Assert.True(restored.Bloom);
    }

    [Fact]
    public void ASnapshotTakesTheSettingsAlong()
    {
        var clock = new FakeTimeProvider();
        var settings = OceanRules.Default with { Width = 600, WhaleSpeed = 2.5, TreasureReturn = TimeSpan.FromSeconds(90) };
        var ocean = OceanGame.Create(5, settings, clock, new Script(0.1));
        var back = OceanSnapshot.FromJson(ocean.Snapshot().ToJson());
        Assert.Equal((600.0, 2.5, TimeSpan.FromSeconds(90)), (back.Settings.Width, back.Settings.WhaleSpeed, back.Settings.TreasureReturn));
        Assert.Equal(settings.Trench, back.Settings.Trench);
        Assert.Equal(settings.WhaleNames, back.Settings.WhaleNames);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("null")]
    public void AMalformedSnapshotIsAJsonError(string json) =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => OceanSnapshot.FromJson(json));

    [Fact]
    public void ASavedVersionOneSnapshotStillLoads()
    {
        var saved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "snapshot-v1.json")).TrimEnd();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
        var ocean = OceanGame.FromSnapshot(OceanSnapshot.FromJson(saved), clock, new Script(0.5));
        Assert.Equal(saved, ocean.Snapshot().ToJson());
        Assert.True(ocean.Paused);
        Assert.Equal(["Ann", "Bob", "Cara", "Dora"], ocean.Who());
        Assert.Equal("the teacher says: stay in the north", ocean.PopChat(Ids[1]).Text);
        Assert.Equal("player Ann tells you: helloBob, ****", ocean.PopChat(Ids[1]).Text);
        Assert.Equal(new GameReply(true, "Herman Melville"), ocean.WhaleName(Ids[2]));
    }

    [Fact]
    public void TheSnapshotFormatIsPinned()
    {
        var saved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "snapshot-v1.json")).TrimEnd();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(JsonPaths.Of(saved), JsonPaths.Of(Busy(clock, paused: true).Snapshot().ToJson())); // names and nesting, not last bits of trigonometry
    }

    /// <summary>An ocean with something of everything: motion, depth, inboxes, a notice, a ridden whale, a taken treasure, bloom, mute.</summary>
    internal static OceanGame Busy(FakeTimeProvider clock, bool paused)
    {
        var ocean = OceanGame.Create(42, OceanRules.Default, clock, new Script(0.1, 0.7, 0.35), new BlockedWords(["poop"]));
        var names = new[] { "Ann", "Bob", "Cara", "Dora" };
        for (var i = 0; i < Ids.Length; i++)
        {
            ocean.Join(Ids[i], names[i]);
            ocean.GiveItem(names[i], "teleport crystal");
            ocean.GiveItem(names[i], "boat hook");
        }
        ocean.Accel(Ids[0], "w");
        ocean.Accel(Ids[0], "w");
        ocean.Accel(Ids[0], "a");
        ocean.Teleport(Ids[1], 333.3, 0.1 + 0.2);
        ocean.Dive(Ids[1], "f");
        ocean.SendChat(Ids[0], "Bob", "hello\tBob, poop");
        ocean.Broadcast("stay in the north");
        var spot = ocean.World.Treasures.First(t => !t.IsPile && t.Z <= 30);
        ocean.Teleport(Ids[3], spot.X, spot.Y);
        Assert.True(ocean.Get(Ids[3], "treasure").Done);
        ocean.GiveItem("Cara", "iron dust");
        ocean.Use(Ids[2], "iron dust");
        var whale = ocean.View().Whales[3];
        ocean.Teleport(Ids[2], whale.X, whale.Y);
        Assert.True(ocean.Get(Ids[2], "whale").Done);
        ocean.Accel(Ids[2], "w");
        ocean.Mute("Dora", true);
        clock.Advance(TimeSpan.FromSeconds(12.345));
        if (paused)
        {
            ocean.Pause();
            clock.Advance(TimeSpan.FromMinutes(3));
        }
        return ocean;
    }
}
