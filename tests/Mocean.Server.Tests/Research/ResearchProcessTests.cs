using System.Diagnostics;
using System.Text.Json;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

public sealed class ResearchProcessTests
{
    [Fact]
    public async Task ThePythonChartClientDrawsAProfileFromTheRealServer()
    {
        await using var server = await ServerProcess.StartAsync();
        var png = Path.Combine(server.DataDir, "profile.png");

        var run = await Python.RunAsync(Python.Client("ocean_chart.py"), [server.BaseUrl, "2022-01-05", "9", png]);

        Assert.True(run.ExitCode == 0, run.Error);
        using var client = new HttpClient();
        var profile = JsonDocument.Parse(await client.GetStringAsync($"{server.BaseUrl}/api/profile?day=5&index=9")).RootElement;
        var records = JsonDocument.Parse(await client.GetStringAsync(
            $"{server.BaseUrl}/api/sensors?start={profile.GetProperty("ascent start time").GetString()}&stop={profile.GetProperty("descent start time").GetString()}")).RootElement;
        var samples = records.GetArrayLength() / 2;
        Assert.InRange(samples, 60, 90);
        Assert.Contains($"sensors: {samples} temperature rows, {samples} salinity rows in ", run.Output, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 10_000);
    }

    [Fact]
    public async Task DataAddWritesTheStoreWhenNoServerRunsAndHandsTheJobToARunningOne()
    {
        var dataDir = ServerProcess.NewDataDir();
        Directory.CreateDirectory(dataDir);
        var first = Path.Combine(dataDir, "casts.csv");
        var rows = Enumerable.Range(0, 10).Select(i => FormattableString.Invariant($"2022-02-01T00:{i:00}:00Z,{10 + i},9.{i}\n"));
        await File.WriteAllTextAsync(first, "time,depth_m,temp\n" + string.Concat(rows.Take(2)) + "broken,11,9.4\n" + string.Concat(rows.Skip(2)));

        var offline = await Command(["data", "add", first, "--id", "casts", "--data-dir", dataDir]);

        Assert.True(offline.Code == 0, offline.Output);
        Assert.Contains("casts: 10 rows published, 1 rejected", offline.Output, StringComparison.Ordinal);
        Assert.Contains("rejected casts.csv line 4", offline.Output, StringComparison.Ordinal);
        Assert.Matches(@"10 rows +[0-9,]+ rows/s +100\.0%", offline.Output);

        await using var server = await ServerProcess.StartAsync(dataDir);
        using var client = new HttpClient();
        Assert.Equal("time,depth_m,temp\nUTC,,\n2022-02-01T00:00:00Z,10,9\n2022-02-01T00:01:00Z,11,9.1\n",
            await client.GetStringAsync($"{server.BaseUrl}/tabledap/casts.csv?&time<=2022-02-01T00:01:00Z"));

        await Announced(dataDir);

        var second = Path.Combine(dataDir, "more.csv");
        await File.WriteAllTextAsync(second, "time,v\n2022-03-01T00:00:00Z,1\n");
        var online = await Command(["data", "add", second, "--id", "more", "--data-dir", dataDir, "--admin-key", MoceanFactory.AdminKey]);

        Assert.True(online.Code == 0, online.Output);
        Assert.Contains("handed to the running server", online.Output, StringComparison.Ordinal);
        Assert.Equal("2022-03-01T00:00:00Z,1\n", await client.GetStringAsync($"{server.BaseUrl}/tabledap/more.csv0?time,v"));

        var refused = await Command(["data", "add", second, "--id", "refused", "--data-dir", dataDir, "--admin-key", "not-the-admin-key"]);

        Assert.Equal(1, refused.Code);
        Assert.StartsWith($"handed to the running server at {server.BaseUrl}:\n", refused.Output, StringComparison.Ordinal);
        Assert.Equal(2, refused.Output.Split('\n').Length - 1); // two whole lines: the hand-off and the server's refusal
    }

    [Fact]
    public async Task RelativeFilesAreReadFromWhereTheyWereWrittenWithOrWithoutARunningServer()
    {
        var dataDir = ServerProcess.NewDataDir();
        var work = Path.Combine(dataDir, "work");
        var descriptors = Path.Combine(work, "descriptors");
        Directory.CreateDirectory(Path.Combine(work, "csv"));
        Directory.CreateDirectory(Path.Combine(descriptors, "csv"));
        foreach (var (id, value) in new[] { ("offline_typed", 1), ("offline_described", 2), ("online_typed", 3), ("online_described", 4) })
        {
            // The same relative name holds different rows from the working folder and from the descriptor's folder.
            await File.WriteAllTextAsync(Path.Combine(work, "csv", id + ".csv"), $"time,v\n2022-03-01T00:00:00Z,{value}\n");
            await File.WriteAllTextAsync(Path.Combine(descriptors, "csv", id + ".csv"), $"time,v\n2022-03-01T00:00:00Z,{value * 10}\n");
            await File.WriteAllTextAsync(Path.Combine(descriptors, id + ".json"), $$"""
                {"id": "{{id}}", "title": "t", "summary": "s", "format": "Csv", "files": ["csv/{{id}}.csv"],
                 "columns": [{"name": "time", "type": "Time"}, {"name": "v", "type": "Integer"}]}
                """);
        }

        var typed = await Command(["data", "add", "csv/offline_typed.csv", "--id", "offline_typed", "--data-dir", dataDir], work);
        var described = await Command(["data", "add", "--descriptor", "descriptors/offline_described.json", "--data-dir", dataDir], work);
        Assert.True(typed.Code == 0 && described.Code == 0, typed.Output + described.Output);

        await using var server = await ServerProcess.StartAsync(dataDir);
        await Announced(dataDir);
        var onlineTyped = await Command(["data", "add", "csv/online_typed.csv", "--id", "online_typed", "--data-dir", dataDir, "--admin-key", MoceanFactory.AdminKey], work);
        var onlineDescribed = await Command(["data", "add", "--descriptor", "descriptors/online_described.json", "--data-dir", dataDir, "--admin-key", MoceanFactory.AdminKey], work);

        Assert.True(onlineTyped.Code == 0 && onlineDescribed.Code == 0, onlineTyped.Output + onlineDescribed.Output);
        Assert.Contains("handed to the running server", onlineDescribed.Output, StringComparison.Ordinal);
        using var client = new HttpClient();
        foreach (var (id, value) in new[] { ("offline_typed", "1"), ("offline_described", "20"), ("online_typed", "3"), ("online_described", "40") })
        {
            Assert.Equal($"2022-03-01T00:00:00Z,{value}\n", await client.GetStringAsync($"{server.BaseUrl}/tabledap/{id}.csv0?time,v"));
        }
    }

    /// <summary>The server announces where it listens (server.url) once started, a moment after it first answers.</summary>
    private static async Task Announced(string dataDir)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(Mocean.Operations.ServerUrlFile.PathIn(dataDir)) && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
    }

    private static async Task<(int Code, string Output)> Command(string[] args, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet");
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        info.ArgumentList.Add(ServerProcess.ServerDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return await ProgramRun.RunAsync(info);
    }
}
