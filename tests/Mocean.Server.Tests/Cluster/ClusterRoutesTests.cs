using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// Players joined through one server play through the others: a whole class session (<see cref="Tour"/>), each
/// request through the next server of the cluster and every read through all three, gets exactly the replies a
/// single server with the same settings gives to the same requests.
/// </summary>
[Collection(nameof(ClusterCollection))]
public sealed class ClusterRoutesTests(ClusterFixture cluster)
{
    [Fact]
    public async Task EveryRouteThroughAnyServerAnswersAsOneServerDoes()
    {
        await cluster.MakeWholeAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var single = await ServerProcess.StartAsync(extraArgs: ClusterFixture.GameArgs);
        Transcript expected;
        try
        {
            expected = new Transcript(http, [.. Enumerable.Repeat(single.BaseUrl, ClusterFixture.Size)]);
            await Tour.PlayAsync(expected);
        }
        finally
        {
            await single.DisposeAsync();
            Directory.Delete(single.DataDir, recursive: true);
        }

        var actual = new Transcript(http, cluster.Running);
        Assert.Equal(ClusterFixture.Size, cluster.Running.Count);
        await Tour.PlayAsync(actual);
        var difference = Transcript.Difference(expected.Lines, actual.Lines);
        Assert.True(difference is null, $"{difference}\n{cluster.Unavailable()}\n{cluster.Errors()}");
    }
}
