using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;

namespace Mocean.OceanHosting.Tests;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "mocean-storage-" + Guid.NewGuid().ToString("N"));
    private readonly GrainId grain = GrainId.Create("counter", "a");

    private string DbPath => Path.Combine(dir, "ocean.db");

    public sealed record Tally(string Name, int Count, IReadOnlyList<string> Seen);

    private SqliteGrainStorage Open(TimeProvider? clock = null) =>
        new("test", DbPath, clock ?? MoceanClock.Real, NullLogger<SqliteGrainStorage>.Instance);

    [Fact]
    public async Task AWriteIsStampedOnTheServersClockNotTheMachines()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero));
        using (var storage = Open(clock))
        {
            await storage.WriteStateAsync("tally", grain, new GrainState<Tally>(new Tally("ann", 1, [])));
        }

        using var db = new SqliteConnection($"Data Source={DbPath};Pooling=false");
        db.Open();
        using var read = db.CreateCommand();
        read.CommandText = "SELECT written FROM grain_state";
        Assert.Equal("2031-05-06T07:08:09.0000000+00:00", read.ExecuteScalar());
    }

    [Fact]
    public async Task AWrittenStateReadsBackInAnotherStorageOnTheSameFile()
    {
        using (var storage = Open())
        {
            var state = new GrainState<Tally>(new Tally("ann", 3, ["x", "y"]));
            await storage.WriteStateAsync("tally", grain, state);
            Assert.Equal("1", state.ETag);
            Assert.True(state.RecordExists);
        }

        using var again = Open();
        var read = new GrainState<Tally>();
        await again.ReadStateAsync("tally", grain, read);
        Assert.True(read.RecordExists);
        Assert.Equal("1", read.ETag);
        Assert.Equal("ann", read.State!.Name);
        Assert.Equal(3, read.State!.Count);
        Assert.Equal(["x", "y"], read.State!.Seen);
    }

    [Fact]
    public async Task ReadingAStateNeverWrittenFindsNoRecord()
    {
        using var storage = Open();
        var read = new GrainState<Tally>();
        await storage.ReadStateAsync("tally", grain, read);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task EachWriteRaisesTheETagAndAStaleETagIsRefused()
    {
        using var storage = Open();
        var first = new GrainState<Tally>(new Tally("a", 1, []));
        await storage.WriteStateAsync("tally", grain, first);
        var stale = new GrainState<Tally>(new Tally("b", 2, [])) { ETag = first.ETag };
        await storage.WriteStateAsync("tally", grain, first);
        Assert.Equal("2", first.ETag);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("tally", grain, stale));
        var read = new GrainState<Tally>();
        await storage.ReadStateAsync("tally", grain, read);
        Assert.Equal("a", read.State!.Name);
    }

    [Fact]
    public async Task ASecondFirstWriteOfTheSameGrainIsRefused()
    {
        using var storage = Open();
        await storage.WriteStateAsync("tally", grain, new GrainState<Tally>(new Tally("a", 1, [])));
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync("tally", grain, new GrainState<Tally>(new Tally("b", 1, []))));
    }

    [Fact]
    public async Task StatesOfOtherGrainsAndOtherNamesStayApart()
    {
        using var storage = Open();
        await storage.WriteStateAsync("tally", grain, new GrainState<Tally>(new Tally("a", 1, [])));
        await storage.WriteStateAsync("tally", GrainId.Create("counter", "b"), new GrainState<Tally>(new Tally("b", 2, [])));
        await storage.WriteStateAsync("other", grain, new GrainState<Tally>(new Tally("c", 3, [])));

        var read = new GrainState<Tally>();
        await storage.ReadStateAsync("tally", GrainId.Create("counter", "b"), read);
        Assert.Equal("b", read.State!.Name);
        await storage.ReadStateAsync("other", grain, read);
        Assert.Equal("c", read.State!.Name);
    }

    [Fact]
    public async Task ClearingRemovesTheRecordAndAllowsAFreshStart()
    {
        using var storage = Open();
        var state = new GrainState<Tally>(new Tally("a", 1, []));
        await storage.WriteStateAsync("tally", grain, state);
        await storage.ClearStateAsync("tally", grain, state);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);

        var read = new GrainState<Tally>();
        await storage.ReadStateAsync("tally", grain, read);
        Assert.False(read.RecordExists);
        await storage.WriteStateAsync("tally", grain, new GrainState<Tally>(new Tally("fresh", 0, [])));
    }

    [Fact]
    public async Task TheFileIsInWalModeWithOneReadableRowPerState()
    {
        using (var storage = Open())
        {
            await storage.WriteStateAsync("tally", grain, new GrainState<Tally>(new Tally("ann", 3, [])));
        }

        using var db = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        db.Open();
        using var mode = db.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", mode.ExecuteScalar());
        using var row = db.CreateCommand();
        row.CommandText = "SELECT grain_id, etag, CAST(payload AS TEXT) FROM grain_state";
        using var reader = row.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("counter/a", reader.GetString(0));
        Assert.Equal(1, reader.GetInt64(1));
        Assert.Equal("""{"Name":"ann","Count":3,"Seen":[]}""", reader.GetString(2));
        Assert.False(reader.Read());
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task TheFileAndItsWalAreReadableByTheServersUserOnly()
    {
        using var storage = Open();
        await storage.WriteStateAsync("tally", grain, new GrainState<Tally>(new Tally("ann", 3, [])));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DbPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DbPath + "-wal"));
    }

    [Fact]
    public async Task BytesOfJsonAreStoredAsTheyAreAndReadBackTheSame()
    {
        var json = """{"Version":1,"Seed":42,"Players":[]}"""u8.ToArray();
        using (var storage = Open())
        {
            await storage.WriteStateAsync("ocean", grain, new GrainState<byte[]>(json));
        }

        using var again = Open();
        var read = new GrainState<byte[]>();
        await again.ReadStateAsync("ocean", grain, read);
        Assert.Equal(json, read.State);
        using var db = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        db.Open();
        using var row = db.CreateCommand();
        row.CommandText = "SELECT CAST(payload AS TEXT) FROM grain_state";
        Assert.Equal("""{"Version":1,"Seed":42,"Players":[]}""", row.ExecuteScalar());
    }

    [Fact]
    public async Task TheWalStaysBoundedWhileALargeOceanIsRewrittenEverySecond()
    {
        // A large roster: an ocean snapshot of 2 MB, rewritten 60 times (a minute of write-behind ticks).
        // Without checkpoints the WAL would hold every version, 120 MB; the bound is 4 MB plus one write.
        var snapshot = new byte[2 * 1024 * 1024];
        using var storage = Open();
        var state = new GrainState<byte[]>();
        for (var write = 0; write < 60; write++)
        {
            Array.Fill(snapshot, (byte)('0' + (write % 10)));
            snapshot[0] = (byte)'"';
            snapshot[^1] = (byte)'"';
            state.State = (byte[])snapshot.Clone();
            await storage.WriteStateAsync("ocean", grain, state);
            var wal = new FileInfo(DbPath + "-wal");
            Assert.True(wal.Length <= SqliteGrainStorage.WalBoundBytes + (2 * snapshot.Length),
                $"after write {write + 1} the WAL is {wal.Length} bytes, over {SqliteGrainStorage.WalBoundBytes} plus one write");
        }

        var read = new GrainState<byte[]>();
        await storage.ReadStateAsync("ocean", grain, read);
        Assert.Equal(state.State, read.State);
        Assert.Equal("60", read.ETag);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
