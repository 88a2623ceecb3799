using System.Collections.Immutable;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Mocean.Ocean.State;

namespace Mocean.OceanHosting.Tests;

/// <summary>What the oceans and the directory store, and that rows of the earlier forms still load.</summary>
public sealed class OceanRecordTests : IDisposable
{
    private static readonly string SavedSnapshot = Golden.SnapshotV1;

    private readonly string dir = Path.Combine(Path.GetTempPath(), "mocean-record-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void AnOceanRowKeepsTheSnapshotExactlyAndTheJoinTimesOfItsPlayersOnly()
    {
        var snapshot = OceanSnapshot.FromJson(SavedSnapshot);
        var ann = new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
        var joined = ImmutableDictionary<string, DateTimeOffset>.Empty.Add("ann00001", ann).Add("quit0009", ann.AddHours(1));

        var read = OceanRecord.FromBytes(new OceanRecord(snapshot, joined).ToBytes());

        Assert.Equal(SavedSnapshot, read.Snapshot.ToJson());
        Assert.Equal([KeyValuePair.Create("ann00001", ann)], read.Joined);
    }

    [Fact]
    public void ARowHoldingOnlyASnapshotStillLoadsWithoutJoinTimes()
    {
        var read = OceanRecord.FromBytes(Encoding.UTF8.GetBytes(SavedSnapshot));
        Assert.Equal(SavedSnapshot, read.Snapshot.ToJson());
        Assert.Empty(read.Joined);
    }

    [Fact]
    public async Task ADirectoryRowThatHeldEveryEntryReadsAsItsLastSequentialId()
    {
        using var storage = new SqliteGrainStorage("test", Path.Combine(dir, "ocean.db"), MoceanClock.Real, NullLogger<SqliteGrainStorage>.Instance);
        var grain = GrainId.Create("playerdirectory", "players");
        var earlier = """{"Players":{"3":{"Id":"3","Ocean":"main","Name":"Ann","Joined":"2026-11-28T08:00:00+00:00","LastSeen":"2026-11-28T08:00:00+00:00"}},"LastSequential":7}""";
        await storage.WriteStateAsync("players", grain, new GrainState<byte[]>(Encoding.UTF8.GetBytes(earlier)));

        var read = new GrainState<PlayerDirectoryState>();
        await storage.ReadStateAsync("players", grain, read);
        Assert.Equal(new PlayerDirectoryState(7), read.State);
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
