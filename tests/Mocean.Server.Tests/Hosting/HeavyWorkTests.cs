using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Mocean.Server.Hosting;

namespace Mocean.Server.Tests.Hosting;

/// <summary>The expensive replies' turns: bounded at once, a bounded queue (503 beyond it), a share per address (429 beyond it).</summary>
public sealed class HeavyWorkTests
{
    private static HeavyWork Work(int workers, int queue, int perAddress) =>
        new(Options.Create(new HeavyWorkOptions { HeavyWorkers = workers, HeavyQueue = queue, HeavyPerAddress = perAddress }));

    private static DefaultHttpContext From(string address) => new() { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };

    [Fact]
    public async Task WhenTheWorkersAndTheQueueAreFullTheNextIsToldToComeBackLater()
    {
        var work = Work(workers: 1, queue: 1, perAddress: 5);
        using var first = (await work.EnterAsync(From("10.0.0.1"), CancellationToken.None)).Turn;
        var waiting = work.EnterAsync(From("10.0.0.2"), CancellationToken.None);
        var refused = From("10.0.0.3");

        var third = await work.EnterAsync(refused, CancellationToken.None);

        Assert.NotNull(first);
        Assert.False(waiting.IsCompleted);
        Assert.Null(third.Turn);
        Assert.Equal(503, third.Status);
        Assert.Equal("the server is busy making charts and files for others: try again in 2 seconds (the game is not affected)", third.Line);
        Assert.Equal("2", refused.Response.Headers.RetryAfter.ToString());

        first!.Made(100);
        using var second = (await waiting).Turn;
        Assert.NotNull(second);
    }

    [Fact]
    public async Task OneAddressHasItsShareWhileOthersStillGetTurns()
    {
        var work = Work(workers: 4, queue: 4, perAddress: 2);
        using var a = (await work.EnterAsync(From("10.0.0.1"), CancellationToken.None)).Turn;
        using var b = (await work.EnterAsync(From("10.0.0.1"), CancellationToken.None)).Turn;

        var third = await work.EnterAsync(From("10.0.0.1"), CancellationToken.None);
        using var other = (await work.EnterAsync(From("10.0.0.9"), CancellationToken.None)).Turn;

        Assert.Equal(429, third.Status);
        Assert.Equal("your address already has 2 charts or files in the making; wait for them, then ask again", third.Line);
        Assert.NotNull(other);

        a!.Dispose();
        using var again = (await work.EnterAsync(From("10.0.0.1"), CancellationToken.None)).Turn;
        Assert.NotNull(again);
    }

    [Fact]
    public async Task AReplyMadeButNotYetTakenKeepsItsAddressShareAndItsBytesButFreesTheWorker()
    {
        var work = Work(workers: 1, queue: 0, perAddress: 1);
        var slow = (await work.EnterAsync(From("10.0.0.1"), CancellationToken.None)).Turn!;
        slow.Made(HeavyWork.SendingBudget + 1);

        var sameAddress = await work.EnterAsync(From("10.0.0.1"), CancellationToken.None);
        var overBudget = await work.EnterAsync(From("10.0.0.2"), CancellationToken.None);
        slow.Dispose();
        using var after = (await work.EnterAsync(From("10.0.0.2"), CancellationToken.None)).Turn;

        Assert.Equal(429, sameAddress.Status);
        Assert.Equal(503, overBudget.Status);
        Assert.NotNull(after);
        Assert.Equal(0, work.SendingBytes);
    }
}
