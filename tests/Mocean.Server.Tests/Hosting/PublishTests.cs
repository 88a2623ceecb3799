using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>
/// deploy/publish.sh's folder for this machine, as a teacher copies it to a VM: small enough to upload on every
/// update, complete (every service answers, with the native libraries of its own processor only), and at home
/// under the systemd unit (started as systemd starts it, writing nothing beside the program).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class PublishTests(PublishedBuild build) : IClassFixture<PublishedBuild>
{
    /// <summary>The bound the project keeps a published folder under (operations: the teacher's upload).</summary>
    private const long MaxBytes = 150L * 1000 * 1000;

    private static readonly string[] NativeLibraries = ["libduckdb.so", "libSkiaSharp.so", "libHarfBuzzSharp.so", "libe_sqlite3.so"];

    [Fact]
    public void TheFolderIsUnder150MB()
    {
        var files = Directory.GetFiles(build.Folder, "*", SearchOption.AllDirectories);
        var bytes = files.Sum(file => new FileInfo(file).Length);

        Assert.True(bytes < MaxBytes, $"{bytes:N0} bytes:\n" + string.Join('\n', files.Select(f => $"{new FileInfo(f).Length,12:N0} {Path.GetRelativePath(build.Folder, f)}")));
    }

    [Fact]
    public void TheFolderHoldsTheProgramItsOwnProcessorsNativeLibrariesAndNothingForOtherPlatforms()
    {
        var names = Directory.GetFiles(build.Folder).Select(Path.GetFileName).ToList();

        Assert.Contains("mocean-server", names);
        Assert.Contains("puzzles.yaml", names);
        Assert.Contains("mocean.service", names);
        Assert.Contains("install.sh", names);
        Assert.True(File.Exists(Path.Combine(build.Folder, "Samples", "osb_ctd_jan22_1min_merged.csv")));
        foreach (var library in NativeLibraries.Append("mocean-server"))
        {
            Assert.Equal(ElfMachine(PublishedBuild.Rid), ElfMachineOf(Path.Combine(build.Folder, library)));
        }

        // No Windows or macOS libraries, no debugging symbols, no IDE documentation, no per-platform folders.
        Assert.DoesNotContain(names, name => Regex.IsMatch(name!, @"\.(dll|dylib|pdb|dbg|xml)$"));
        Assert.False(Directory.Exists(Path.Combine(build.Folder, "runtimes")));
    }

    [Fact]
    public async Task StartedAsSystemdStartsItEveryServiceAnswersAndNothingIsWrittenBesideTheProgram()
    {
        var before = Listing(build.Folder);
        var cache = Path.Combine(Path.GetTempPath(), "mocean-cache-" + Guid.NewGuid().ToString("N"));
        using var notify = new NotifySocket();
        await using var server = await ServerProcess.StartAsync(
            environment: new Dictionary<string, string> { ["NOTIFY_SOCKET"] = notify.Path, ["DOTNET_BUNDLE_EXTRACT_BASE_DIR"] = cache },
            likeSystemd: true,
            program: Path.Combine(build.Folder, "mocean-server"));
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };

        Assert.True(await notify.WaitForAsync("READY=1", TimeSpan.FromSeconds(60)), "no READY=1: " + string.Join(" | ", notify.Messages));
        Assert.Equal("hello! the Mocean server is up and listening.", await client.GetStringAsync("/hello"));
        Assert.Equal("welcome! You sent a message: hello fellow sentients", (await client.GetStringAsync("/steps?message=hello%20fellow%20sentients")).Split('\n')[0]);
        var id = await client.GetStringAsync("/join?name=Published");
        Assert.Matches(@"^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,[01],[01],[01]$", await client.GetStringAsync($"/location?id={id}"));
        Assert.Equal("time,salinity\nUTC,PSU\n2022-01-03T21:20:00Z,33.61135\n",
            await client.GetStringAsync("/tabledap/osb_ctd_jan2022.csv?time,salinity&time=2022-01-03T21:20:00Z"));
        var png = await client.GetByteArrayAsync("/tabledap/osb_ctd_jan2022.png?temperature,depth&time>=2022-01-05T00:00:00Z&time<2022-01-05T03:00:00Z");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 10_000, $"a chart of {png.Length} bytes");
        Assert.Equal(["44.529,-125.39"], await ParquetReply.RowsAsync(client, "/tabledap/osb_ctd_jan2022.parquet?latitude,longitude&distinct()",
            "latitude, longitude", reader => FormattableString.Invariant($"{reader.GetDouble(0)},{reader.GetDouble(1)}")));

        await server.StopAsync();

        Assert.True(await notify.WaitForAsync("STOPPING=1", TimeSpan.FromSeconds(60)), "no STOPPING=1: " + string.Join(" | ", notify.Messages));
        Assert.True(server.ExitCode == 0, server.Output);
        Assert.Equal(before, Listing(build.Folder)); // the unit's ProtectSystem=strict makes /opt/mocean read-only
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    private static List<string> Listing(string folder) =>
        [.. Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>The ELF header's machine field (offset 18): 62 for x86-64, 183 for AArch64.</summary>
    private static int ElfMachineOf(string file)
    {
        var header = new byte[20];
        using var stream = File.OpenRead(file);
        stream.ReadExactly(header);
        Assert.Equal([0x7f, (byte)'E', (byte)'L', (byte)'F'], header[..4]);
        return header[18] | (header[19] << 8);
    }

    private static int ElfMachine(string rid) => rid == "linux-arm64" ? 183 : 62;
}
