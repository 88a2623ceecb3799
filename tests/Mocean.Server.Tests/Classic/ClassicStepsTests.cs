using System.Net;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Classic;

/// <summary>
/// The Steps and Duck blocks of the classic specification (shared/spec/classic-v314.md) in classic mode: the
/// Duck's end lines and its <c>awry</c> line in the original's words; every other Steps reply stays ours (the
/// original Steps clients read them as they are), so classic mode answers exactly as the default mode does.
/// </summary>
public sealed class ClassicStepsTests(ClassicStepsTests.Servers servers) : IClassFixture<ClassicStepsTests.Servers>
{
    private readonly HttpClient classic = servers.Classic;
    private readonly HttpClient usual = servers.Usual;

    /// <summary>A classic server and a default one, shared by the tests: no test here keeps anything on either.</summary>
    public sealed class Servers : IAsyncLifetime
    {
        private readonly MoceanFactory classicServer = new() { Settings = { ["Classic"] = "true" } };
        private readonly MoceanFactory defaultServer = new();

        public HttpClient Classic { get; private set; } = null!;

        public HttpClient Usual { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Classic = classicServer.CreateClient();
            Usual = defaultServer.CreateClient();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            await classicServer.DisposeAsync();
            await defaultServer.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/duck?location=49,180,0&destination=50,180", "50.00,180.00,4.58\nDuck flies away! (you win)")]
    [InlineData("/duck?location=49,0,0&destination=50,0", "50.00,0.00,0.00\nWolf has lunch")]
    [InlineData("/duck?location=10,90", "awry: 1   0")]
    [InlineData("/duck?destination=40,90", "awry: 0   1")]
    [InlineData("/duck?location=1, 2&destination=40, 90", "awry: 2   2")]
    [InlineData("/duck?location=0,0,0&destination=40,90", "40.00,90.00,90.00")]
    [InlineData("/duck?location=10,90,0", "10.00,90.00,4.58")]
    [InlineData("/duck?location=10,90,0&destination=40", "10.00,90.00,4.58")]
    public async Task TheDuckAnswersInTheOriginalsWordsWhereAProgramReadsThem(string url, string reply)
    {
        var (status, text) = await classic.Get(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(reply, text);
    }

    [Fact]
    public async Task TheDefaultModeKeepsItsOwnDuckLinesAndRefusals()
    {
        Assert.Equal("50.00,0.00,0.00\nthe wolf eats the duck: he was waiting where she landed", (await usual.Get("/duck?location=49,0,0&destination=50,0")).Text);
        Assert.Equal(HttpStatusCode.BadRequest, (await usual.Get("/duck?location=10,90")).Status);
    }

    [Theory]
    [InlineData("/hello")]
    [InlineData("/begin?message=hello")]
    [InlineData("/begin?message=97")]
    [InlineData("/begin?message=101")]
    [InlineData("/beguine?message=610")]
    [InlineData("/beguine?message=987")]
    [InlineData("/sirduke?message=wigs")]
    [InlineData("/euler?message=50005000")]
    [InlineData("/meruprastarah?message=1,5,10,10,5,1")]
    [InlineData("/exchange?task=5")]
    [InlineData("/steps")]
    [InlineData("/steps?message=pancakes")]
    [InlineData("/steps?message=passport")]
    [InlineData("/puzzle")]
    [InlineData("/puzzle?solution=leaf")]
    [InlineData("/problem?solution=32")]
    [InlineData("/problem?solution=x")]
    [InlineData("/python")]
    [InlineData("/duck")]
    public async Task EveryOtherStepsReplyIsTheDefaultModesOwn(string url)
    {
        var (status, text) = await classic.Get(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((await usual.Get(url)).Text, text);
    }

    [Theory]
    [InlineData("/hello", "hello! the Mocean server is up and listening.")]
    [InlineData("/begin?message=97", "'97' is prime, but not greater than 100.")]
    [InlineData("/exchange?task=5", "42")]
    [InlineData("/problem?solution=x", "'x' is not a number. Send the count as digits, like solution=7.")]
    public async Task TheStepsRepliesAreThoseTheSpecificationShowsAsOurs(string url, string reply) =>
        Assert.Equal(reply, (await classic.Get(url)).Text);
}
