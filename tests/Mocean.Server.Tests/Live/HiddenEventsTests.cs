using Mocean.Ocean.Rounds;
using Mocean.Server.Live;

namespace Mocean.Server.Tests.Live;

/// <summary>
/// While a round is on, the public big screen draws nameless markers; an event that happens where a marker is (a
/// whale ridden or left, a treasure taken) then names no one, or it would name the marker. The teacher's screen, and
/// everyone's once the round is over, keep the names.
/// </summary>
public sealed class HiddenEventsTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);

    private static readonly LiveEvent[] Events =
    [
        new(1, At, "Join", "ann", null),
        new(2, At, "WhaleRidden", "ann", "Wanda"),
        new(3, At, "WhaleLeft", "ann", "Wanda"),
        new(4, At, "TreasureTaken", "bob", "pearl"),
        new(5, At, "MeetingCalled", "cara", null),
    ];

    [Theory]
    [InlineData("play", false, "ann,,,,cara")]
    [InlineData("meeting", false, "ann,,,,cara")]
    [InlineData("play", true, "ann,ann,ann,bob,cara")]
    [InlineData("over", false, "ann,ann,ann,bob,cara")]
    public void WhaleAndTreasureEventsNameNoOneOnThePublicScreenDuringARound(string phase, bool teacher, string players)
    {
        var message = LiveStream.Message("main", Frame(phase), teacher, first: false, new MarkerKeys());
        var names = message.Events.Select(e => e.Player);
        Assert.Equal(players, string.Join(',', names));
        Assert.Equal(["Wanda", "Wanda", "pearl"], message.Events.Skip(1).Take(3).Select(e => e.Detail));
    }

    [Fact]
    public void TheSandboxKeepsEveryName()
    {
        var message = LiveStream.Message("main", Frame(phase: null), teacher: false, first: false, new MarkerKeys());
        Assert.Equal(["ann", "ann", "ann", "bob", "cara"], message.Events.Select(e => e.Player));
    }

    private static LiveFrame Frame(string? phase) => new(
        "main", 42, At, Paused: false, Bloom: true,
        [new LivePlayer("ann", 1, 2, 0, 0, 0, "Wanda"), new LivePlayer("bob", 3, 4, 0, 0, 0, null)],
        [new LiveWhale("Wanda", 1, 2)], [], Events, 5,
        phase is null ? null : new RoundView(new RoundStatus(phase, 100, 0, 10, 5, 0, null), false, [], null, [], null));
}
