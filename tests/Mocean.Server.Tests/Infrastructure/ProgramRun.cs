using System.Diagnostics;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>Runs a program to its end, bounded in time, and returns its exit code and everything it printed (standard output, then standard error).</summary>
public static class ProgramRun
{
    public static async Task<(int Code, string Output)> RunAsync(ProcessStartInfo info, int seconds = 120)
    {
        ArgumentNullException.ThrowIfNull(info);
        (info.RedirectStandardOutput, info.RedirectStandardError, info.UseShellExecute) = (true, true, false);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
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
