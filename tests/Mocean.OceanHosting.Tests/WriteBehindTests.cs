using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

namespace Mocean.OceanHosting.Tests;

public sealed class WriteBehindTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "mocean-wb-" + Guid.NewGuid().ToString("N"));
    private readonly GrainId grain = GrainId.Create("counter", "main");

    public sealed record Count(int Value);

    private SqliteGrainStorage Open() => new("test", Path.Combine(dir, "ocean.db"), MoceanClock.Real, NullLogger<SqliteGrainStorage>.Instance);

    private WriteBehind<Count> Over(IGrainStorage storage) => new(storage, "count", grain, NullLogger.Instance);

    [Fact]
    public async Task AChangeIsHeldInMemoryUntilTheFlushWritesTheLatestValue()
    {
        using var storage = Open();
        var behind = Over(storage);
        Assert.Null(await behind.LoadAsync());

        behind.Changed(new Count(1));
        behind.Changed(new Count(2));
        behind.Changed(new Count(3));
        Assert.True(behind.Dirty);
        Assert.Null(await Over(storage).LoadAsync());

        await behind.FlushAsync();
        Assert.False(behind.Dirty);
        Assert.Equal(1, behind.Writes);
        Assert.Equal(new Count(3), await Over(storage).LoadAsync());
    }

    [Fact]
    public async Task AFlushWithNothingChangedWritesNothing()
    {
        using var storage = Open();
        var behind = Over(storage);
        await behind.LoadAsync();
        await behind.FlushAsync();
        behind.Changed(new Count(1));
        await behind.FlushAsync();
        await behind.FlushAsync();
        Assert.Equal(1, behind.Writes);
    }

    [Fact]
    public async Task ALoadedStateIsWrittenOverWithItsETag()
    {
        using var storage = Open();
        var first = Over(storage);
        await first.LoadAsync();
        first.Changed(new Count(1));
        await first.FlushAsync();

        var second = Over(storage);
        Assert.Equal(new Count(1), await second.LoadAsync());
        second.Changed(new Count(2));
        await second.FlushAsync();
        Assert.Equal(new Count(2), await Over(storage).LoadAsync());

        // The first holder's ETag is now stale: its write is refused rather than losing the second's.
        first.Changed(new Count(9));
        await Assert.ThrowsAsync<InconsistentStateException>(first.FlushAsync);
        Assert.True(first.Dirty);
    }

    [Fact]
    public async Task AMutableOwnerIsCapturedAtWriteTimeNotAtChangeTime()
    {
        using var storage = Open();
        var tally = new List<int>();
        var behind = new WriteBehind<Count>(storage, "count", grain, NullLogger.Instance, () => new Count(tally.Count));
        await behind.LoadAsync();

        tally.Add(1);
        behind.Changed();
        tally.Add(2);
        tally.Add(3);
        await behind.FlushAsync();
        Assert.Equal(new Count(3), await Over(storage).LoadAsync());
        Assert.False(behind.Dirty);
    }

    [Fact]
    public void ChangedWithoutAStateNeedsACaptureFunction() =>
        Assert.Throws<InvalidOperationException>(() => Over(new SqliteGrainStorage("t", Path.Combine(dir, "x.db"), MoceanClock.Real, NullLogger<SqliteGrainStorage>.Instance)).Changed());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
