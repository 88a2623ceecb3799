using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Research;
using Mocean.Research.Store;
using Mocean.Server.Research;

namespace Mocean.Server.Tests.Research;

/// <summary>Requests that miss the same teaching reply together share one build of it.</summary>
public sealed class SharedBuildTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly ReplyKey Key = new("lookup", TeachingApi.Elements, 1, 118, "name/helium");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mocean-test-" + Guid.NewGuid().ToString("N"));
    private readonly DataService data;
    private readonly ServiceProvider services;
    private readonly TeachingReplies replies;
    private readonly ManualResetEventSlim started = new();
    private readonly ManualResetEventSlim release = new();
    private readonly ManualResetEventSlim abandoned = new();
    private int built;

    public SharedBuildTests()
    {
        Directory.CreateDirectory(folder);
        data = new DataService(new DuckStore(Path.Combine(folder, DataService.StoreFile)), TimeProvider.System);
        services = new ServiceCollection().AddLogging().AddSingleton(data).AddTeachingReplies().BuildServiceProvider();
        replies = services.GetRequiredService<TeachingReplies>();
    }

    [Fact]
    public async Task ThirtyRequestsMissingOneReplyTogetherBuildItOnceAndAllGetItsBytes()
    {
        var leader = Task.Run(() => Ask(Build));
        Assert.True(started.Wait(Bound));

        var waiters = Enumerable.Range(0, 29).Select(_ => Ask(Build)).ToList();
        Assert.All(waiters, waiter => Assert.False(waiter.IsCompleted));
        release.Set();

        var answers = await Task.WhenAll([leader, .. waiters]);
        Assert.Equal(1, built);
        Assert.All(answers, answer => Assert.Equal("reply 1", Encoding.UTF8.GetString(answer)));
        Assert.Equal("reply 1", Encoding.UTF8.GetString(await Ask(Build)));
        Assert.Equal(1, built);
    }

    [Fact]
    public async Task WhenTheBuildersRequestGoesAwayTheBuildGoesOnForTheOthers()
    {
        using var leaving = new CancellationTokenSource();
        using var impatient = new CancellationTokenSource();
        var leader = Task.Run(() => Ask(Build, leaving.Token));
        Assert.True(started.Wait(Bound));
        var waiters = Enumerable.Range(0, 10).Select(_ => Ask(Build)).ToList();
        var gone = Ask(Build, impatient.Token);

        // A request that goes away stops waiting, the first one too; the build goes on for those still there.
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leader);
        Assert.All(waiters, waiter => Assert.False(waiter.IsCompleted));
        release.Set();

        var answers = await Task.WhenAll(waiters);
        Assert.Equal(1, built);
        Assert.All(answers, answer => Assert.Equal("reply 1", Encoding.UTF8.GetString(answer)));
        Assert.False(abandoned.IsSet);
    }

    [Fact]
    public async Task WhenEveryRequestGoesAwayTheBuildIsCancelledAndNothingIsKept()
    {
        using var first = new CancellationTokenSource();
        using var second = new CancellationTokenSource();
        var leader = Task.Run(() => Ask(Build, first.Token));
        Assert.True(started.Wait(Bound));
        var waiter = Ask(Build, second.Token);

        await first.CancelAsync();
        await second.CancelAsync();

        Assert.True(abandoned.Wait(Bound));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leader);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        Assert.Equal("reply 2", Encoding.UTF8.GetString(await Ask(Build)));
    }

    [Fact]
    public async Task AFailedBuildReachesEveryWaiterAndTheNextRequestBuildsAgain()
    {
        var leader = Task.Run(() => Ask(cancel => Fail(new InvalidOperationException("the store is unreadable"), cancel)));
        Assert.True(started.Wait(Bound));
        var waiters = Enumerable.Range(0, 5).Select(_ => Ask(Build)).ToList();
        release.Set();

        foreach (var request in waiters.Prepend(leader))
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => request);
            Assert.Equal("the store is unreadable", failure.Message);
        }

        Assert.Equal(1, built);
        Assert.Equal("reply 2", Encoding.UTF8.GetString(await Ask(Build)));
        Assert.Equal("reply 2", Encoding.UTF8.GetString(await Ask(Build)));
        Assert.Equal(2, built);
    }

    [Fact]
    public async Task AReplyBuiltFromADataSetRepublishedMeanwhileGoesToItsWaitersButIsNeverServedAfter()
    {
        var leader = Task.Run(() => Ask(Build));
        Assert.True(started.Wait(Bound));
        var waiter = Ask(Build);

        replies.Drop(TeachingApi.Elements);
        release.Set();

        Assert.Equal("reply 1", Encoding.UTF8.GetString(await leader));
        Assert.Equal("reply 1", Encoding.UTF8.GetString(await waiter));
        Assert.Equal("reply 2", Encoding.UTF8.GetString(await Ask(Build)));
        Assert.Equal("reply 2", Encoding.UTF8.GetString(await Ask(Build)));
    }

    [Fact]
    public async Task ALargeReplyIsAnsweredButNotKeptAndASmallOneIsKeptUntilItsDataSetIsPublishedAgain()
    {
        release.Set();
        var other = Key with { Dataset = TeachingApi.Profiles };
        var large = Key with { Query = "large" };
        var sizes = new List<int>();
        Task<byte[]> Sized(ReplyKey key, int size) => replies.GetOrAddAsync(key, _ =>
        {
            sizes.Add(size);
            return Task.FromResult(new byte[size]);
        }, CancellationToken.None);

        await Sized(Key, 10);
        await Sized(Key, 10);
        await Sized(other, 20);
        await Sized(large, TeachingReplies.MaxReplyBytes + 1);
        Assert.Equal(TeachingReplies.MaxReplyBytes + 1, (await Sized(large, TeachingReplies.MaxReplyBytes + 1)).Length);
        Assert.Equal([10, 20, TeachingReplies.MaxReplyBytes + 1, TeachingReplies.MaxReplyBytes + 1], sizes);

        replies.Drop(TeachingApi.Elements);
        await Sized(Key, 11);
        await Sized(other, 21);
        Assert.Equal([10, 20, TeachingReplies.MaxReplyBytes + 1, TeachingReplies.MaxReplyBytes + 1, 11], sizes);
    }

    public void Dispose()
    {
        started.Dispose();
        release.Dispose();
        abandoned.Dispose();
        services.Dispose();
        data.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Task<byte[]> Ask(Func<CancellationToken, Task<byte[]>> build, CancellationToken cancel = default) =>
        replies.GetOrAddAsync(Key, build, cancel);

    /// <summary>
    /// Numbers each build; the first waits until released (or until the cache cancels it: every request went away) so
    /// that others arrive meanwhile.
    /// </summary>
    private Task<byte[]> Build(CancellationToken cancel)
    {
        var number = Interlocked.Increment(ref built);
        if (number == 1)
        {
            started.Set();
            try
            {
                release.Wait(Bound, cancel);
            }
            catch (OperationCanceledException)
            {
                abandoned.Set();
                throw;
            }
        }

        return Task.FromResult(Encoding.UTF8.GetBytes($"reply {number}"));
    }

    private async Task<byte[]> Fail(Exception failure, CancellationToken cancel)
    {
        await Build(cancel);
        throw failure;
    }
}
