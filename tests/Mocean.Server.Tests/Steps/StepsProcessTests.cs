using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

/// <summary>The real server process: progress across a restart, a teacher's own puzzle file, a bad one.</summary>
public sealed class StepsProcessTests
{
    [Fact]
    public async Task ProgressAndTheLeaderboardSurviveARestartOnTheSameDataDirectory()
    {
        var dataDir = ServerProcess.NewDataDir();
        try
        {
            using var http = new HttpClient();
            await using (var first = await ServerProcess.StartAsync(dataDir))
            {
                await StepsKit.WalkAsync(http, $"{first.BaseUrl}/steps?name=restarter");
                await http.GetStringAsync($"{first.BaseUrl}/steps?message=passport&name=halfway");
                await StepsKit.WinDuckAsync(http, first.BaseUrl, "restarter");
                await http.GetStringAsync($"{first.BaseUrl}/duck?name=swimmer&destination=10,90");
                await first.StopAsync();
            }

            await using var second = await ServerProcess.StartAsync(dataDir);
            var progress = await http.GetStringAsync($"{second.BaseUrl}/steps/progress");
            Assert.Contains("restarter: 9 of 9 solved, furthest meruprastarah, complete", progress, StringComparison.Ordinal);
            Assert.Contains("halfway: 1 of 9 solved, furthest steps", progress, StringComparison.Ordinal);
            Assert.Contains("1. restarter: ", await http.GetStringAsync($"{second.BaseUrl}/duck/leaderboard"), StringComparison.Ordinal);
            Assert.StartsWith("10.00,90.00,45.84\nmoves: 1.", await http.GetStringAsync($"{second.BaseUrl}/duck?name=swimmer"), StringComparison.Ordinal);
        }
        finally
        {
            StepsServerFixture.TryDelete(dataDir);
        }
    }

    [Fact]
    public async Task ATeachersOwnPuzzleFileChangesTheChain()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mocean-puzzles-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, """
            puzzles:
              - route: steps
                key: message
                greeting: "hi! you said: {sent}"
                check: { kind: exact, accept: [open sesame] }
                hints: { wrong: "say the magic words" }
                solved: "the cave opens"
              - route: cave
                key: gold
                check: { kind: integer, answer: 40 }
                hints: { tooBig: "fewer thieves than {sent}" }
                solved: "all the gold is yours"
            """);
        try
        {
            await using var server = await ServerProcess.StartAsync(extraArgs: ["--puzzles", file]);
            using var http = new HttpClient();
            Assert.Equal("hi! you said: hello\nsay the magic words", await http.GetStringAsync($"{server.BaseUrl}/steps?message=hello"));
            var opened = await http.GetStringAsync($"{server.BaseUrl}/steps?message=OPEN%20SESAME");
            Assert.Equal($"{server.BaseUrl}/cave", StepsKit.NextUrl(opened));
            Assert.Equal("fewer thieves than 99", await http.GetStringAsync($"{server.BaseUrl}/cave?gold=99"));
            Assert.StartsWith("all the gold is yours\nThe game is complete!", await http.GetStringAsync($"{server.BaseUrl}/cave?gold=40"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"{server.BaseUrl}/puzzle?solution=leaf")).StatusCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ABadPuzzleFileStopsTheServerAtStartNamingFilePuzzleAndField()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mocean-bad-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, """
            puzzles:
              - route: steps
                key: message
                check: { kind: exact, accept: [go] }
                solved: "on"
              - route: tower
                key: floors
                check: { kind: integer, answer: lots }
                solved: "up"
            """);
        try
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerProcess.StartAsync(extraArgs: ["--puzzles", file]));
            Assert.StartsWith("the server exited with 1:", failure.Message, StringComparison.Ordinal);
            Assert.Contains($"mocean-server: cannot start: puzzle file {file}: puzzle 'tower': field 'check.answer': 'lots' is not a whole number", failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("location", "who")]
    [InlineData("id", "mocean")]
    [InlineData("api", "look")]
    public async Task APuzzleOnARouteOfTheServerStopsItAtStartWithOneLine(string route, string then)
    {
        var file = Path.Combine(Path.GetTempPath(), $"mocean-clash-{Guid.NewGuid():N}.yaml");
        var dataDir = ServerProcess.NewDataDir();
        await File.WriteAllTextAsync(file, $$"""
            puzzles:
              - route: steps
                key: message
                check: { kind: exact, accept: [go] }
                solved: "on"
              - route: {{route}}
                key: message
                check: { kind: exact, accept: [go] }
                solved: "on"
              - route: {{then}}
                key: message
                check: { kind: exact, accept: [go] }
                solved: "on"
            """);
        try
        {
            var (code, output, error) = await ServerProcess.RunCommandAsync(
                ["--puzzles", file, "--urls", "http://127.0.0.1:0", "--data-dir", dataDir, "--admin-key", MoceanFactory.AdminKey]);

            Assert.Equal(1, code);
            var line = Assert.Single(error.Trim().Split('\n'));
            Assert.StartsWith($"mocean-server: cannot start: puzzle file {file}: puzzle '{route}': field 'route': '{route}' is a route of the server itself; give the puzzle another route (the server's own: ", line, StringComparison.Ordinal);
            Assert.Contains($" {route},", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
            StepsServerFixture.TryDelete(dataDir);
        }
    }
}
