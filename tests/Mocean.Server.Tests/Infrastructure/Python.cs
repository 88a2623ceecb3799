using System.Diagnostics;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>Runs the students' Python clients with Debian's /usr/bin/python3 and captures what they print.</summary>
public static class Python
{
    public const string Interpreter = "/usr/bin/python3";

    /// <summary>The repository's root, found from the test binaries' folder.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mocean.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Mocean.slnx not found above the test folder");
        }
    }

    public static string Client(string file) => Path.Combine(RepoRoot, "clients", "python", file);

    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>Runs a script with arguments, optional standard input and extra environment variables, bounded in time.</summary>
    public static async Task<Run> RunAsync(string script, IEnumerable<string> args, string? input = null, int seconds = 120, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["PYTHONUNBUFFERED"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} ran longer than {seconds} s:\n{await stdout}\n{await stderr}");
        }

        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
