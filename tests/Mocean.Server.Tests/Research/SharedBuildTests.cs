using System.Text;
using Mocean.Research;
using Mocean.Research.Store;
using Mocean.Server.Protocol;
using Mocean.Server.Research;

namespace Mocean.Server.Tests.Research;

/// <summary>Requests that miss the same teaching reply together share one build of it.</summary>
public sealed class SharedBuildTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly ReplyKey Key = new("lookup", TeachingApi.Elements, 1, 118, "name/helium");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mocean-test-" + Guid.NewGuid().ToString("N"));
    private readonly DataService data;
    private readonly TeachingReplies replies;
    private readonly ManualResetEventSlim started = new();
    private readonly ManualResetEventSlim release = new();
    private int built;

    public SharedBuildTests()
    {
        Directory.CreateDirectory(folder);
        data = new DataService(new DuckStore(Path.Combine(folder, DataService.StoreFile)), TimeProvider.System);
        replies = new TeachingReplies(data);
    }

    [Fact]
    public async Task ThirtyRequestsMissingOneReplyTogetherBuildItOnceAndAllGetItsBytes()
    {
        var leader = Task.Run(() => replies.GetOrAddAsync(Key, () => Build(CancellationToken.None), CancellationToken.None));
        Assert.True(started.Wait(Bound));

        var waiters = Enumerable.Range(0, 29).Select(_ => replies.GetOrAddAsync(Key, () => Build(CancellationToken.None), CancellationToken.None)).ToList();
        Assert.All(waiters, waiter => Assert.False(waiter.IsCompleted));
        release.Set();

        var answers = await Task.WhenAll([leader, .. waiters]);
        Assert.Equal(1, built);
        Assert.All(answers, answer => Assert.Equal("reply 1", Encoding.UTF8.GetString(answer)));
        Assert.Equal(1, replies.Count);
    }

    [Fact]
    public async Task WhenTheBuildersRequestGoesAwayTheOthersStillGetAReply()
    {
        using var leaving = new CancellationTokenSource();
        using var impatient = new CancellationTokenSource();
        var leader = Task.Run(() => replies.GetOrAddAsync(Key, () => Build(leaving.Token), leaving.Token));
        Assert.True(started.Wait(Bound));
        var waiters = Enumerable.Range(0, 10).Select(_ => replies.GetOrAddAsync(Key, () => Build(CancellationToken.None), CancellationToken.None)).ToList();
        var gone = replies.GetOrAddAsync(Key, () => Build(impatient.Token), impatient.Token);

        // A waiter whose own request goes away stops waiting; the build goes on for the others.
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);
        Assert.False(leader.IsCompleted);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leader);
        var answers = await Task.WhenAll(waiters);

        Assert.Equal(2, built);
        Assert.All(answers, answer => Assert.Equal("reply 2", Encoding.UTF8.GetString(answer)));
        Assert.Equal(1, replies.Count);
    }

    [Fact]
    public async Task AFailedBuildReachesEveryWaiterAndTheNextRequestBuildsAgain()
    {
        var leader = Task.Run(() => replies.GetOrAddAsync(Key, () => Fail(new InvalidOperationException("the store is unreadable")), CancellationToken.None));
        Assert.True(started.Wait(Bound));
        var waiters = Enumerable.Range(0, 5).Select(_ => replies.GetOrAddAsync(Key, () => Build(CancellationToken.None), CancellationToken.None)).ToList();
        release.Set();

        foreach (var request in waiters.Prepend(leader))
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => request);
            Assert.Equal("the store is unreadable", failure.Message);
        }

        Assert.Equal(1, built);
        Assert.Equal(0, replies.Count);
        Assert.Equal("reply 2", Encoding.UTF8.GetString(await replies.GetOrAddAsync(Key, () => Build(CancellationToken.None), CancellationToken.None)));
        Assert.Equal(1, replies.Count);
    }

    [Fact]
    public async Task ARefusalIsAnsweredAfreshToEachWaiterAndNeverKept()
    {
        var leader = Task.Run(() => replies.GetOrAddAsync(Key, () => Fail(NoElement("Unobtainium")), CancellationToken.None));
        Assert.True(started.Wait(Bound));
        string[] names = ["UNOBTAINIUM", "unobtainium", "UnObTaInIuM"];
        var waiters = names.Select(name => replies.GetOrAddAsync(Key, () => throw NoElement(name), CancellationToken.None)).ToList();
        release.Set();

        Assert.Equal("there is no element with name 'Unobtainium'", (await Assert.ThrowsAsync<ProtocolException>(() => leader)).Message);
        for (var i = 0; i < names.Length; i++)
        {
            var refusal = await Assert.ThrowsAsync<ProtocolException>(() => waiters[i]);
            Assert.Equal(404, refusal.Status);
            Assert.Equal($"there is no element with name '{names[i]}'", refusal.Message);
        }

        Assert.Equal(0, replies.Count);
        Assert.Equal("reply 2", Encoding.UTF8.GetString(await replies.GetOrAddAsync(Key, () => Build(CancellationToken.None), CancellationToken.None)));
    }

    [Fact]
    public async Task AReplyBuiltFromADataSetRepublishedMeanwhileGoesToItsWaitersButIsNotKept()
    {
        var leader = Task.Run(() => replies.GetOrAddAsync(Key, () => Build(CancellationToken.None), CancellationToken.None));
        Assert.True(started.Wait(Bound));
        var waiter = replies.GetOrAddAsync(Key, () => Build(CancellationToken.None), CancellationToken.None);

        replies.Drop(TeachingApi.Elements);
        release.Set();

        Assert.Equal("reply 1", Encoding.UTF8.GetString(await leader));
        Assert.Equal("reply 1", Encoding.UTF8.GetString(await waiter));
        Assert.Equal(0, replies.Count);
        Assert.Equal("reply 2", Encoding.UTF8.GetString(await replies.GetOrAddAsync(Key, () => Build(CancellationToken.None), CancellationToken.None)));
    }

    public void Dispose()
    {
        started.Dispose();
        release.Dispose();
        data.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static ProtocolException NoElement(string name) => ProtocolException.NotFound($"there is no element with name '{name}'");

    /// <summary>Numbers each build; the first waits until released (or its request goes away) so that others arrive meanwhile.</summary>
    private byte[] Build(CancellationToken cancel)
    {
        var number = Interlocked.Increment(ref built);
        if (number == 1)
        {
            started.Set();
            release.Wait(Bound, cancel);
        }

        return Encoding.UTF8.GetBytes($"reply {number}");
    }

    private byte[] Fail(Exception failure)
    {
        Build(CancellationToken.None);
        throw failure;
    }
}
