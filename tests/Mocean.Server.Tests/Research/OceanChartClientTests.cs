using System.Text.Json;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Research;

/// <summary>clients/python/ocean_chart.py against the real server: the day charted is the day given, and a refusal is one line.</summary>
[Collection(ServerReaders.Name)]
public sealed class OceanChartClientTests(StepsServerFixture fixture)
{
    private ServerProcess Server => fixture.Server;

    [Fact]
    public async Task TheChartIsOfTheDateGivenWhetherWrittenAsADateOrADayNumber()
    {
        var server = Server;
        using var client = new HttpClient();

        foreach (var (day, number, index) in new[] { ("2022-01-20", 20, 3), ("7", 7, 2) })
        {
            var png = Path.Combine(server.DataDir, $"chart-{number}.png");
            var run = await Python.RunAsync(Python.Client("ocean_chart.py"), [server.BaseUrl, day, index.ToString(System.Globalization.CultureInfo.InvariantCulture), png]);

            Assert.True(run.ExitCode == 0, run.Error);
            var profile = JsonDocument.Parse(await client.GetStringAsync($"{server.BaseUrl}/api/profile?day={number}&index={index}")).RootElement;
            var ascent = profile.GetProperty("ascent start time").GetString();
            Assert.StartsWith($"profile {index} of 2022-01-{number:00}: ascent {ascent} UTC, 1 row in ", run.Output, StringComparison.Ordinal);
            Assert.True(File.Exists(png));
        }
    }

    [Fact]
    public async Task ADateOutsideJanuary2022IsRefusedInOneLineAndNothingIsCharted()
    {
        var server = Server;

        foreach (var day in new[] { "2022-02-05", "2021-01-05", "2022-13-05" })
        {
            var png = Path.Combine(server.DataDir, $"never-{Guid.NewGuid():N}.png");
            var run = await Python.RunAsync(Python.Client("ocean_chart.py"), [server.BaseUrl, day, "9", png]);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Output);
            var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
            Assert.Contains(day, line, StringComparison.Ordinal);
            Assert.False(File.Exists(png));
        }

        var refused = await Python.RunAsync(Python.Client("ocean_chart.py"), [server.BaseUrl, "2022-02-05", "9"]);
        Assert.Equal("ocean_chart: the data set holds January 2022 only (2022-01-01 to 2022-01-31), not 2022-02-05\n", refused.Error);
    }

    [Fact]
    public async Task WhatTheServerRefusesEndsWithTheServersOwnLineAndExitCode1()
    {
        var server = Server;
        using var client = new HttpClient();

        foreach (var (day, number, index) in new[] { ("2022-01-05", "5", "10"), ("32", "32", "9"), ("2022-01-05", "5", "nine") })
        {
            var reply = await client.GetAsync($"{server.BaseUrl}/api/profile?day={number}&index={index}");
            var explanation = JsonDocument.Parse(await reply.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
            var png = Path.Combine(server.DataDir, $"never-{Guid.NewGuid():N}.png");

            var run = await Python.RunAsync(Python.Client("ocean_chart.py"), [server.BaseUrl, day, index, png]);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal($"ocean_chart: /api/profile failed with {(int)reply.StatusCode}: {explanation}\n", run.Error);
            Assert.False(File.Exists(png));
        }
    }

    [Fact]
    public async Task AnOutputFileThatCannotBeWrittenIsOneLine()
    {
        var server = Server;
        var png = Path.Combine(server.DataDir, "no-such-folder", "chart.png");

        var run = await Python.RunAsync(Python.Client("ocean_chart.py"), [server.BaseUrl, "2022-01-05", "9", png]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"ocean_chart: cannot write {png}: No such file or directory\n", run.Error);
    }
}
