using System.Diagnostics;
using System.Text;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Bench;

/// <summary>
/// <c>bench/run.sh --quick</c> as a process, on the builds beside the tests, with a marker in its
/// environment that the processes it starts inherit, and a temporary folder of its own (which
/// appears on the command line of those that rewrite their environment, as nginx does), so that a
/// test can tell whether any is left.
/// </summary>
public sealed class BenchRun : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder standardOutput = new();

    private readonly string? interruptWhen;
    private int interrupted;

    /// <param name="interruptWhen">
    /// If given, the bench gets SIGINT (Ctrl-C) the moment it prints a line containing this text: sent from the
    /// thread that reads its output, so a test busy elsewhere on a loaded machine cannot let the bench run on past it.
    /// </param>
    public BenchRun(string? interruptWhen = null)
    {
        this.interruptWhen = interruptWhen;
        // The bench starts with Ctrl-C at its default action, as in a terminal. A test run started where SIGINT is
        // ignored (a background job of a script, a CI runner) would otherwise hand that on, down to the bench, which
        // then could not be interrupted at all. Python resets it and execs run.sh in place (same PID).
        var info = new ProcessStartInfo(Python.Interpreter)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])");
        info.ArgumentList.Add(Path.Combine(Python.RepoRoot, "bench", "run.sh"));
        foreach (var arg in new[] { "--quick", "--no-install", "--out", TablePath, "--server-dll", ServerProcess.ServerDll, "--bare-dll", BareDll })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment[MarkerName] = Marker;
        Directory.CreateDirectory(TempRoot);
        info.Environment["TMPDIR"] = TempRoot;
        process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) =>
        {
            Append(e.Data);
            lock (standardOutput)
            {
                standardOutput.AppendLine(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private const string MarkerName = "MOCEAN_BENCH_TEST_RUN";

    public string Marker { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The bench's TMPDIR: its temporary files go under it.</summary>
    public string TempRoot { get; } = Path.Combine(Path.GetTempPath(), $"mocean-benchtest-{Guid.NewGuid():N}");

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

    /// <summary>What the bench printed on standard output alone (its progress lines go to standard error).</summary>
    public string StandardOutput
    {
        get
        {
            lock (standardOutput)
            {
                return standardOutput.ToString();
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

    /// <summary>A process still alive that this run started.</summary>
    public sealed record Leftover(int Pid, string CommandLine)
    {
        public override string ToString() => $"{Pid}: {CommandLine}";
    }

    /// <summary>Processes still alive that this run started (by its marker or its folder).</summary>
    public IReadOnlyList<Leftover> Leftovers()
    {
        var left = new List<Leftover>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllText(Path.Combine(dir, "environ"));
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (environ.Contains($"{MarkerName}={Marker}", StringComparison.Ordinal) || commandLine.Contains(TempRoot, StringComparison.Ordinal))
                {
                    left.Add(new Leftover(pid, commandLine));
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

        // A failed test leaves nothing behind either.
        foreach (var leftover in Leftovers())
        {
            try
            {
                using var left = Process.GetProcessById(leftover.Pid);
                left.Kill();
            }
            catch (ArgumentException)
            {
            }
            catch (InvalidOperationException)
            {
            }
        }

        process.Dispose();
        File.Delete(TablePath);
        Directory.Delete(TempRoot, recursive: true);
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

        if (interruptWhen is not null && line.Contains(interruptWhen, StringComparison.Ordinal) && Interlocked.Exchange(ref interrupted, 1) == 0)
        {
            using var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            interrupt.WaitForExit();
        }
    }
}
