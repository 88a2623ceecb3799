using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Classic;

/// <summary>Classic ids as the real server keeps them: a number handed out is never handed out again, even after a kill.</summary>
public sealed class ClassicProcessTests
{
    [Fact]
    public async Task AfterAKillTheNextJoinGetsTheNextNumberNeverOneHandedOutBefore()
    {
        using var http = new HttpClient();
        var dir = ServerProcess.NewDataDir();
        try
        {
            var first = await ServerProcess.StartAsync(dir, ["--classic", "true"]);
            await using (first)
            {
                Assert.Equal("0", await http.GetStringAsync($"{first.BaseUrl}/join?name=Ann"));
                Assert.Equal("1", await http.GetStringAsync($"{first.BaseUrl}/join?name=Bob"));
                await first.StopAsync(kill: true); // at once: the players may not be on disk yet, the numbers are
            }

            var second = await ServerProcess.StartAsync(dir, ["--classic", "true"]);
            await using (second)
            {
                Assert.Equal("2", await http.GetStringAsync($"{second.BaseUrl}/join?name=Cy"));
                await second.StopAsync();
            }
        }
        finally
        {
            StepsServerFixture.TryDelete(dir);
        }
    }
}
