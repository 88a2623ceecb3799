using System.Text.RegularExpressions;

namespace Mocean.Server.Tests.Bench;

/// <summary>The bench loads both cores for a few seconds: it runs alone, after the other tests.</summary>
[CollectionDefinition(nameof(BenchCollection), DisableParallelization = true)]
public sealed class BenchCollection;

/// <summary>
/// <c>bench/run.sh --quick</c> keeps working: it writes its table with every row, a figure for the
/// baseline, and a verdict for each target, and it leaves nothing running and no temporary files,
/// even when interrupted.
/// (The figures themselves are the bench's business, never asserted here.)
/// </summary>
[Collection(nameof(BenchCollection))]
public sealed class BenchSmokeTests
{
    private static readonly string[] OurRoutes =
        ["/hello (baseline)", "/steps?message=hello", "location (joined player)", "/api/sensors (one profile)", "tabledap CSV (one day)"];

    private static readonly string[] References = ["seed: bottle on uwsgi", "bare ASP.NET Core", "nginx (constant string)"];

    [Fact]
    public async Task QuickRunWritesTheTableWithEveryRowAndAVerdictForEachTarget()
    {
        using var bench = new BenchRun();
        var exit = await bench.WaitAsync();

        Assert.True(exit == 0, bench.Output);
        var table = File.ReadAllText(bench.TablePath);
        Assert.Contains(table.Trim(), bench.StandardOutput, StringComparison.Ordinal);
        foreach (var item in new[] { "date", "commit", "nproc", "CPU", "memory" })
        {
            Assert.Matches($@"(?m)^- {item}: \S", table);
        }

        foreach (var route in OurRoutes)
        {
            // Either figures, or why not: a route that is not built yet answers 404.
            Assert.Matches($@"(?m)^\| Mocean \| {Regex.Escape(route)} \| ([\d,]+ \| [\d.]+ \| [\d.]+ \| \d+ \| \d+ \||not available \(404\) \|)", table);
        }

        Assert.Matches(@"(?m)^\| Mocean \| /hello \(baseline\) \| [\d,]+ \| [\d.]+ \| [\d.]+ \| 0 \| \d+ \| — \| [\d.]+× \| ([\d.]+×|—) \|$", table);
        foreach (var reference in References)
        {
            Assert.Matches($@"(?m)^\| {Regex.Escape(reference)} \| (/steps\?message=hello \| [\d,]+ \| [\d.]+ \| [\d.]+ \| 0 \| \d+ \||— \| skipped: )", table);
        }

        var targets = Section(table, "## Targets").Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Skip(2).ToList();
        Assert.Equal(7, targets.Count);
        Assert.All(targets, row => Assert.Matches(@"\| (pass|FAIL|n/a) \|$", row));
        Assert.Matches(@"(?m)^\| start-up to first served request < 2 s \(data sets built\) \| [\d.]+ s \| (pass|FAIL) \|$", table);
        Assert.Matches(@"(?m)^\| peak resident memory during the whole run \(VmHWM\) \| \d+ MB \|$", table);
        var left = bench.Leftovers();
        Assert.True(left.Count == 0, $"still running:\n{string.Join('\n', left)}");
        Assert.Empty(Directory.EnumerateFileSystemEntries(bench.TempRoot));
    }

    [Fact]
    public async Task InterruptedRunStopsEverythingItStartedAndWritesNoTable()
    {
        // Ctrl-C as soon as the bench starts our server (its references already run): sent by the output reader
        // itself, since a test polling for the line on a loaded machine could see it only after the bench finished.
        using var bench = new BenchRun(interruptWhen: "bench: starting our server");

        var exit = await bench.WaitAsync();

        Assert.Contains("bench: starting our server", bench.Output, StringComparison.Ordinal);
        Assert.True(exit != 0, $"the bench exited with 0 although interrupted:\n{bench.Output}");
        Assert.Contains("interrupted: everything it started is stopped, no table written", bench.Output, StringComparison.Ordinal);
        var left = bench.Leftovers();
        Assert.True(left.Count == 0, $"still running:\n{string.Join('\n', left)}\n{bench.Output}");
        Assert.Empty(Directory.EnumerateFileSystemEntries(bench.TempRoot));
        Assert.False(File.Exists(bench.TablePath));
    }

    [Fact]
    public async Task KilledRunTakesWhatItStartedWithIt()
    {
        using var bench = new BenchRun();
        Assert.True(await bench.WaitForOutputAsync("bench: loading"), bench.Output);
        Assert.NotEmpty(bench.Leftovers());

        using (var kill = System.Diagnostics.Process.Start("kill", ["-KILL", bench.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await bench.WaitAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (bench.Leftovers().Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var left = bench.Leftovers();
        Assert.True(left.Count == 0, $"still running after the bench was killed:\n{string.Join('\n', left)}");
    }

    private static IEnumerable<string> Section(string markdown, string heading) =>
        markdown.Split('\n').SkipWhile(line => line != heading).Skip(1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal));
}
