namespace Mocean.Client.Tests;

/// <summary>Any route as text: the liveness check, a plain GET, and the client's own view of the server address.</summary>
public sealed class TextRouteTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private MoceanClient Mocean => fixture.Client;

    [Fact]
    public async Task HelloAnswersTheGreeting()
    {
        var hello = await Mocean.HelloAsync();

        Assert.Equal(200, hello.Status);
        Assert.StartsWith("hello", hello.Text, StringComparison.Ordinal);
        Assert.Equal(hello.Elapsed, Mocean.LastRoundTrip);
    }

    [Fact]
    public async Task AnyRouteAnswersItsPlainTextWithValuesEscaped()
    {
        var reply = await Mocean.GetTextAsync("/steps", [new("message", "a & b = c?")]);

        Assert.StartsWith("welcome! You sent a message: a & b = c?\n", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APuzzleCanBeSentUnderAKeyOfTheCallersChoice()
    {
        var reply = await Mocean.Steps.SendAsync("puzzle", "leaf", key: "solution");
        var wrongKey = await Mocean.Steps.SendAsync("puzzle", "leaf", key: "message");

        Assert.True(reply.Solved);
        Assert.Equal("missing", wrongKey.Verdict);
    }

    [Theory]
    [InlineData("http://example.org:8080", "http://example.org:8080/")]
    [InlineData("http://example.org:8080/", "http://example.org:8080/")]
    [InlineData(" https://example.org/mocean/ ", "https://example.org/mocean/")]
    [InlineData("http://example.org/mocean?x=1", "http://example.org/mocean/")]
    public void TheServerAddressAlwaysEndsInASlash(string given, string server)
    {
        using var client = new MoceanClient(given);
        Assert.Equal(server, client.Server.ToString());
    }
}
