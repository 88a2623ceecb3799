using System.Collections.Immutable;
using Mocean.Ocean.State;
using Mocean.OceanHosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>
/// A store the server cannot read stops it before any service starts, with one line naming the file and the way
/// back, instead of a server that answers /hello and 500 on every game route (or starts with no players, silent).
/// </summary>
public sealed class CorruptStoreTests : IDisposable
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "mocean-corrupt-" + Guid.NewGuid().ToString("N"));

    public CorruptStoreTests() => Directory.CreateDirectory(dataDir);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    private string OceanDb => Path.Combine(dataDir, GrainStorage.FileName);

    public static TheoryData<string, string> Damages => new()
    {
        { "empty", "it is empty" },
        { "half", "" },
        { "garbage page", "" },
        { "broken ocean", "its ocean ocean/main cannot be read" },
        { "broken row of an ocean's players", "its ocean ocean/main cannot be read: a bucket of players needs its Joined and Players" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task ADamagedOceanDbStopsTheServerWithOneLineNamingItAndTheWayBack(string damage, string why)
    {
        await StoreManyAsync();
        switch (damage)
        {
            case "empty":
                await File.WriteAllBytesAsync(OceanDb, []);
                break;
            case "half":
                await using (var file = File.OpenWrite(OceanDb))
                {
                    file.SetLength(file.Length / 2);
                }

                break;
            case "garbage page":
                await using (var file = File.OpenWrite(OceanDb))
                {
                    file.Seek(4096, SeekOrigin.Begin);
                    await file.WriteAsync(Enumerable.Repeat((byte)0x5A, 8192).ToArray());
                }

                break;
            case "broken row of an ocean's players":
                var golden = await File.ReadAllTextAsync(Path.Combine(Python.RepoRoot, "tests", "Mocean.Ocean.Tests", "Golden", "snapshot-v1.json"));
                var core = new OceanRecord(OceanSnapshot.FromJson(golden.TrimEnd()), ImmutableDictionary<string, DateTimeOffset>.Empty);
                await StoreAsync(OceanParts.Core, GrainId.Create("ocean", "main"), OceanParts.CoreBytes(core, new OceanApart(OceanParts.Buckets, [], 0)));
                await StoreAsync(OceanParts.Bucket(3), GrainId.Create("ocean", "main"), "{}"u8.ToArray());
                break;
            default:
                await StoreAsync("ocean", GrainId.Create("ocean", "main"), """{"Joined":{},"Ocean":{"Version":1,"Seed":"""u8.ToArray());
                break;
        }

        var (code, error) = await StartAsync();

        Assert.Equal(1, code);
        var line = Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith($"mocean-server could not start: the game's store {OceanDb} cannot be read (", line, StringComparison.Ordinal);
        Assert.Contains(why, line, StringComparison.Ordinal);
        Assert.EndsWith("): restore a backup (mocean-server restore FILE --data-dir DIR --replace), or move the file aside to start afresh without it", line, StringComparison.Ordinal);
        Assert.True(File.Exists(OceanDb));
    }

    [Theory]
    [InlineData("steps.db", "Steps'")]
    [InlineData("research.duckdb", "the data service's")]
    public async Task AGarbageStepsOrResearchStoreStopsTheServerWithOneLine(string file, string service)
    {
        var path = Path.Combine(dataDir, file);
        var garbage = new byte[64 * 1024];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(path, garbage);

        var (code, error) = await StartAsync();

        Assert.Equal(1, code);
        var line = Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith($"mocean-server could not start: {service} store {path} cannot be read (", line, StringComparison.Ordinal);
        Assert.DoesNotContain("another server", line, StringComparison.Ordinal);
        Assert.EndsWith("or move the file aside to start afresh without it", line, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Error)> StartAsync()
    {
        var (code, _, error) = await ServerProcess.RunCommandAsync(
            ["--urls", "http://127.0.0.1:0", "--data-dir", dataDir, "--admin-key", MoceanFactory.AdminKey]);
        return (code, error);
    }

    /// <summary>An ocean.db of many pages, as a class leaves it: the players' directory and a few oceans' rows.</summary>
    private async Task StoreManyAsync()
    {
        for (var i = 0; i < 40; i++)
        {
            await StoreAsync("players", GrainId.Create("directory", "d" + i), System.Text.Encoding.UTF8.GetBytes($"{{\"Names\":\"{new string('n', 4000)}\"}}"));
        }
    }

    private async Task StoreAsync(string state, GrainId grain, byte[] payload)
    {
        using var storage = new SqliteGrainStorage("test", OceanDb, MoceanClock.Real, NullLogger<SqliteGrainStorage>.Instance);
        var read = new GrainState<byte[]>();
        await storage.ReadStateAsync(state, grain, read);
        read.State = payload;
        await storage.WriteStateAsync(state, grain, read);
    }
}
