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

        // The server announces where it listens (server.url) once started, a moment after it first answers.
        var announced = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(Mocean.Server.Research.RunningServer.PathIn(dataDir)) && DateTime.UtcNow < announced)
        {
            await Task.Delay(50);
        }

        var second = Path.Combine(dataDir, "more.csv");
        await File.WriteAllTextAsync(second, "time,v\n2022-03-01T00:00:00Z,1\n");
        var online = await Command(["data", "add", second, "--id", "more", "--data-dir", dataDir, "--admin-key", MoceanFactory.AdminKey]);

        Assert.True(online.Code == 0, online.Output);
        Assert.Contains("handed to the running server", online.Output, StringComparison.Ordinal);
        Assert.Equal("2022-03-01T00:00:00Z,1\n", await client.GetStringAsync($"{server.BaseUrl}/tabledap/more.csv0?time,v"));
    }

    private static async Task<(int Code, string Output)> Command(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ServerProcess.ServerDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // a hung command does not outlive its test
            throw;
        }

        return (process.ExitCode, await output + await error);
    }
}
