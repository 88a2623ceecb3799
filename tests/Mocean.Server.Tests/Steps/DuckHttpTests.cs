using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

public sealed class DuckHttpTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task WithNoParametersTheDuckShowsTheStartStateAndExplains()
    {
        var lines = (await client.GetStringAsync("/duck")).Split('\n');
        Assert.Equal("0.00,0.00,0.00", lines[0]);
        Assert.Contains(lines, line => line.Contains("destination=rd,ad", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("location=0,0,0&destination=40,90", "40.00,90.00,90.00")]
    [InlineData("location=0;0;0&destination=10 ; -90", "10.00,-90.00,-45.84")]
    [InlineData("location=40,90,0", "40.00,90.00,4.58")]
    [InlineData("location=70,450,-540&destination=40,90", "40.00,90.00,134.16")]
    [InlineData("LOCATION=0,0,170&Destination=1,-170", "1.00,-170.00,174.58")]
    public async Task TheStatelessFormAnswersTheOriginalsReply(string query, string expected) =>
        Assert.Equal(expected, await client.GetStringAsync("/duck?" + query));

    [Fact]
    public async Task ReachingTheShoreSaysWhoWon()
    {
        Assert.Equal("50.00,0.00,0.00\nthe wolf eats the duck: he was waiting where she landed",
            await client.GetStringAsync("/duck?location=0,0,0&destination=50,0"));
        Assert.Equal("50.00,0.00,-5.82\nthe duck flies away: she escaped the wolf!",
            await client.GetStringAsync("/duck?location=12,0,180&destination=50,0"));
    }

    [Fact]
    public async Task TheNamedGameKeepsThePositionCountsMovesAndIgnoresLocation()
    {
        var start = await client.GetStringAsync("/duck?name=keeper&reset=1");
        Assert.StartsWith("0.00,0.00,0.00\na new game", start, StringComparison.Ordinal);
        var first = await client.GetStringAsync("/duck?name=keeper&destination=10,90");
        Assert.StartsWith("10.00,90.00,45.84\nmoves: 1.", first, StringComparison.Ordinal);
        var cheat = await client.GetStringAsync("/duck?name=keeper&location=49,0,180&destination=10,90");
        Assert.StartsWith("10.00,90.00,", cheat, StringComparison.Ordinal);
        Assert.Contains("location= is ignored", cheat, StringComparison.Ordinal);
        Assert.Contains("moves: 2.", cheat, StringComparison.Ordinal);
        var look = await client.GetStringAsync("/duck?name=keeper&format=json");
        Assert.Equal(2, StepsKit.Json(look).GetProperty("moves").GetInt32());
    }

    [Fact]
    public async Task ALossEndsTheNamedGameUntilReset()
    {
        await client.GetStringAsync("/duck?name=unlucky&reset=1");
        var lost = await client.GetStringAsync("/duck?name=unlucky&destination=50,0");
        Assert.StartsWith("50.00,0.00,0.00\nthe wolf eats the duck", lost, StringComparison.Ordinal);
        var after = await client.GetStringAsync("/duck?name=unlucky&destination=10,10");
        Assert.StartsWith("50.00,0.00,0.00", after, StringComparison.Ordinal);
        Assert.Contains("send reset=1 to play again", after, StringComparison.Ordinal);
        Assert.StartsWith("0.00,0.00,0.00", await client.GetStringAsync("/duck?name=unlucky&reset=1"), StringComparison.Ordinal);
        Assert.DoesNotContain("unlucky", await client.GetStringAsync("/duck/leaderboard"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWinIsRecordedOnTheLeaderboardFewestMovesFirst()
    {
        var won = await StepsKit.WinDuckAsync(client, string.Empty, "winner");
        Assert.Contains("the duck flies away", won, StringComparison.Ordinal);
        var moves = StepsKit.Json(await client.GetStringAsync("/duck?name=winner&format=json")).GetProperty("moves").GetInt32();

        var board = await client.GetStringAsync("/duck/leaderboard");
        Assert.Contains($"winner: {moves} moves", board, StringComparison.Ordinal);
        var json = StepsKit.Json(await client.GetStringAsync("/duck/leaderboard?format=json")).GetProperty("escapes");
        var counts = json.EnumerateArray().Select(e => e.GetProperty("moves").GetInt32()).ToList();
        Assert.Equal(counts.Order(), counts);
        Assert.Contains("<pre>Duck and Wolf leaderboard", await client.GetStringAsync("/duck/leaderboard?client=browser"), StringComparison.Ordinal);
    }
}
