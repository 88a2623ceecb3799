using System.Diagnostics;

namespace Mocean.Cli.Tests;

/// <summary>Runs the <c>mocean</c> command (the built tool beside the tests) as a process, bounded in time.</summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "mocean.dll");

    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>Runs <c>mocean</c> with <paramref name="args"/>, in <paramref name="folder"/> when given (else the tests' own).</summary>
    public static async Task<Run> RunAsync(IEnumerable<string> args, string? input = null, int seconds = 60, string? folder = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder ?? string.Empty,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mocean {string.Join(' ', args)} did not finish in {seconds} s:\n{await output}\n{await error}");
        }

        return new Run(process.ExitCode, await output, await error);
    }
}
