using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

/// <summary>The JSON forms, pinned by golden files in Steps/Golden (compared exactly).</summary>
public sealed class GoldenTests : IAsyncLifetime
{
    private readonly MoceanFactory factory = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient(new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

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
        await StepsKit.WalkAsync(client, "http://localhost/steps?name=ada");
        await client.GetStringAsync("/steps?message=passport&name=bob");
        await client.GetStringAsync("/puzzle?solution=leaf&name=bob");
        StepsKit.AssertGolden("progress.json", await client.GetStringAsync("/steps/progress?format=json"));

        await StepsKit.WinDuckAsync(client, string.Empty, "ada");
        StepsKit.AssertGolden("leaderboard.json", await client.GetStringAsync("/duck/leaderboard?format=json"));
    }
}
