using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

/// <summary>The JSON forms, pinned by golden files in Steps/Golden (compared exactly).</summary>
public sealed class GoldenTests(GoldenTests.Server server) : IClassFixture<GoldenTests.Server>
{
    private readonly HttpClient client = server.Client;

    /// <summary>
    /// A server at a fixed time, shared by the replies that keep nothing or keep it under a name no other test uses;
    /// the progress and leaderboard test, which pins every name's progress, has a server of its own.
    /// </summary>
    public sealed class Server : IAsyncLifetime
    {
        private readonly MoceanFactory factory = new();

        public HttpClient Client { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Client = At(factory);
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await factory.DisposeAsync();
    }

    private static HttpClient At(MoceanFactory factory) =>
        factory.CreateClient(new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero)));

    [Theory]
    [InlineData("/steps?message=passport&format=json", "steps-solved.json")]
    [InlineData("/steps?message=hello&format=json", "steps-hint.json")]
    [InlineData("/beguine?message=610&name=ada&format=json", "beguine-other-fibonacci.json")]
    [InlineData("/meruprastarah?message=1,5,10,10,5,1&name=ada&format=json", "meruprastarah-complete.json")]
    [InlineData("/exchange?task=5&format=json", "exchange.json")]
    [InlineData("/exchange?task=x&format=json", "exchange-error.json")]
    [InlineData("/duck?location=0,0,0&destination=40,90&format=json", "duck-stateless.json")]
    [InlineData("/duck?location=12,0,180&destination=50,0&format=json", "duck-escaped.json")]
    [InlineData("/duck?name=golden&location=1,2,3&destination=10,90&format=json", "duck-named.json")]
    public async Task JsonFormsMatchTheirGoldenFiles(string url, string golden) =>
        StepsKit.AssertGolden(golden, await (await client.GetAsync(url)).Content.ReadAsStringAsync());

    [Fact]
    public async Task ProgressAndLeaderboardJsonMatchTheirGoldenFiles()
    {
        await using var own = new MoceanFactory();
        var alone = At(own);
        await StepsKit.WalkAsync(alone, "http://localhost/steps?name=ada");
        await alone.GetStringAsync("/steps?message=passport&name=bob");
        await alone.GetStringAsync("/puzzle?solution=leaf&name=bob");
        StepsKit.AssertGolden("progress.json", await alone.GetStringAsync("/steps/progress?format=json"));

        await StepsKit.WinDuckAsync(alone, string.Empty, "ada");
        StepsKit.AssertGolden("leaderboard.json", await alone.GetStringAsync("/duck/leaderboard?format=json"));
    }
}
