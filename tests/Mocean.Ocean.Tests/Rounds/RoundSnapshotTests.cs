using Microsoft.Extensions.Time.Testing;
using Mocean.Ocean.Rounds;
using Mocean.Ocean.State;

namespace Mocean.Ocean.Tests.Rounds;

public class RoundSnapshotTests
{
    private static readonly string[] Names = ["Ann", "Bob", "Cara", "Dan", "Eve", "Fay"];

    [Fact]
    public void AnOceanWithoutARoundWritesNoRoundField()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var ocean = InAMeeting(clock);
        ocean.EndRound();
        Assert.DoesNotContain("\"Round\"", ocean.Snapshot().ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARoundInAMeetingRoundTripsAndGoesOnAsIfNothingHappened()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var ocean = InAMeeting(clock);
        var json = ocean.Snapshot().ToJson();
        var restored = OceanGame.FromSnapshot(OceanSnapshot.FromJson(json), clock, new Script(0.5));
        Assert.Equal(json, restored.Snapshot().ToJson());
        clock.Advance(TimeSpan.FromSeconds(20));
        foreach (var o in new[] { ocean, restored })
        {
            o.Vote(Id("Fay"), "Cara");
        }
        Assert.Equal(ocean.Round(), restored.Round());
        Assert.Equal(ocean.Hear(Id("Ann")), restored.Hear(Id("Ann")));
        Assert.Equal(ocean.Location(Id("Cara")), restored.Location(Id("Cara")));
        Assert.Equal(ocean.Look(Id("Dan")), restored.Look(Id("Dan")));
        Assert.Equal(ocean.Ping(Id("Eve")), restored.Ping(Id("Eve"))); // the lost city's floor comes back with it
        Assert.Equal(ocean.Snapshot().ToJson(), restored.Snapshot().ToJson());
    }

    [Fact]
    public void ASavedRoundSnapshotStillLoads()
    {
        var saved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "snapshot-round-v1.json")).TrimEnd();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 20, TimeSpan.Zero));
        var ocean = OceanGame.FromSnapshot(OceanSnapshot.FromJson(saved), clock, new Script(0.5));
        Assert.Equal(saved, ocean.Snapshot().ToJson());
        Assert.Equal("meeting,80,0,25,5,1", ocean.Round().Text);
        Assert.Equal("impostor,alive", ocean.Role(Id("Ann")).Text);
        Assert.Equal([new MeetingLine(1, null, "Dan reported Bob's beacon"), new MeetingLine(2, "Cara", "I saw Ann near there")], ocean.Hear(Id("Eve")));
    }

    [Fact]
    public void TheRoundSnapshotFormatIsPinned()
    {
        var saved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "snapshot-round-v1.json")).TrimEnd();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(JsonPaths.Of(saved), JsonPaths.Of(InAMeeting(clock).Snapshot().ToJson()));
    }

    private static string Id(string name) => $"{name.ToLowerInvariant()}0000";

    /// <summary>A round of six on the seed-42 world: Bob tagged, a storm, his beacon reported by Dan, Cara's line, three votes in.</summary>
    internal static OceanGame InAMeeting(FakeTimeProvider clock)
    {
        var ocean = OceanGame.Create(42, OceanRules.Default, clock, new Script(0.1, 0.7, 0.35));
        foreach (var name in Names)
        {
            ocean.Join(Id(name), name);
            ocean.GiveItem(name, "teleport crystal");
        }
        ocean.StartRound(2026, RoundSettings.Default, [new(new DateTimeOffset(2022, 1, 5, 21, 10, 0, TimeSpan.Zero), 7.68026)], ["Ann"]);
        clock.Advance(TimeSpan.FromSeconds(10));
        ocean.Teleport(Id("Ann"), 450, 600);
        ocean.Teleport(Id("Bob"), 452, 600);
        ocean.Tag(Id("Ann"), "Bob");
        ocean.Sabotage(Id("Ann"), "storm");
        ocean.Teleport(Id("Dan"), 455, 600);
        ocean.Report(Id("Dan"));
        ocean.Say(Id("Cara"), "I saw Ann near there");
        ocean.Vote(Id("Ann"), "skip");
        ocean.Vote(Id("Cara"), "Ann");
        ocean.Vote(Id("Dan"), "Ann");
        clock.Advance(TimeSpan.FromSeconds(10));
        return ocean;
    }
}
