using System.Net;
using Mocean.OceanHosting;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Grains;

/// <summary>
/// The real server with a large roster, most of its players steering for a minute: the game's SQLite journal
/// (<c>ocean.db-wal</c>) stays within the bound the service guide gives (4 MB plus one write) while the server runs,
/// though the server writes several times that meanwhile.
/// </summary>
public sealed class WalSoakProcessTests
{
    private const int Players = 500;

    [Fact]
    public async Task ALargeRosterSteeringForAMinuteKeepsTheJournalWithinItsBound()
    {
        await using var server = await ServerProcess.StartAsync(extraArgs: ["--players-per-address", "1000", "--rate-limit", "0"]);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var ids = new string[Players];
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async lane =>
        {
            for (var n = lane; n < Players; n += 8)
            {
                ids[n] = await http.GetStringAsync($"{server.BaseUrl}/join?name=soak{n}");
            }
        }));

        var wal = Path.Combine(server.DataDir, GrainStorage.FileName + "-wal");
        var writtenBefore = Written(server.Pid);
        long largest = 0;
        var failures = 0;
        using var soak = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var steering = Enumerable.Range(0, 8).Select(async lane =>
        {
            for (var turn = 0; !soak.IsCancellationRequested; turn++)
            {
                using var reply = await http.GetAsync($"{server.BaseUrl}/accel?id={ids[(turn * 8 + lane) % Players]}&ctrl={"wdsa"[turn % 4]}", CancellationToken.None);
                Interlocked.Add(ref failures, reply.StatusCode == HttpStatusCode.OK ? 0 : 1);
            }
        }).ToList();
        while (!soak.IsCancellationRequested)
        {
            largest = Math.Max(largest, File.Exists(wal) ? new FileInfo(wal).Length : 0);
            await Task.Delay(20, CancellationToken.None);
        }

        await Task.WhenAll(steering);
        var written = Written(server.Pid) - writtenBefore;

        // One write is at most the whole ocean (its largest row), with SQLite's page and frame headers around it.
        var oneWrite = 2 * StoredGrains.ReadRows(server.DataDir).Max(r => r.Payload.Length) + 64 * 1024;
        Assert.Equal(0, failures);
        Assert.True(written > 2 * SqliteGrainStorage.WalBoundBytes, $"the soak wrote {written} bytes: too few to test the journal's bound");
        Assert.True(largest <= SqliteGrainStorage.WalBoundBytes + oneWrite,
            $"the journal reached {largest} bytes; its bound is {SqliteGrainStorage.WalBoundBytes} plus one write ({oneWrite})");
    }

    /// <summary>Every byte the process has handed to write() so far (<c>/proc/PID/io</c>).</summary>
    private static long Written(int pid) =>
        long.Parse(File.ReadLines($"/proc/{pid}/io").First(l => l.StartsWith("wchar:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
