using System.Diagnostics;
using System.Text;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Bench;

/// <summary>
/// <c>bench/run.sh --quick</c> as a process, on the builds beside the tests, with a marker in its
/// environment that every process it starts inherits (so a test can tell whether any is left).
/// </summary>
public sealed class BenchRun : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public BenchRun()
    {
        var info = new ProcessStartInfo(Path.Combine(Python.RepoRoot, "bench", "run.sh"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--quick", "--no-install", "--out", TablePath, "--server-dll", ServerProcess.ServerDll, "--bare-dll", BareDll })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment[MarkerName] = Marker;
        process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private const string MarkerName = "MOCEAN_BENCH_TEST_RUN";

    public string Marker { get; } = Guid.NewGuid().ToString("N");

    public string TablePath { get; } = Path.Combine(Path.GetTempPath(), $"mocean-bench-{Guid.NewGuid():N}.md");

    /// <summary>The bare reference app, built beside the tests in the same configuration.</summary>
    public static string BareDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name;
            return Path.Combine(Python.RepoRoot, "bench", "BareApp", "bin", configuration, "net10.0", "bench-bare.dll");
        }
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public int Pid => process.Id;

    /// <summary>Waits for the bench to end (killing it after the limit) and returns its exit code.</summary>
    public async Task<int> WaitAsync(int seconds = 300)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bench/run.sh --quick ran longer than {seconds} s:\n{Output}");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    public async Task<bool> WaitForOutputAsync(string text, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (Output.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return Output.Contains(text, StringComparison.Ordinal);
    }

    /// <summary>Processes still alive that this run started (they carry its marker).</summary>
    public IReadOnlyList<string> Leftovers()
    {
        var left = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllText(Path.Combine(dir, "environ"));
                if (environ.Contains($"{MarkerName}={Marker}", StringComparison.Ordinal))
                {
                    left.Add($"{pid}: {File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ')}");
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return left;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        File.Delete(TablePath);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
