using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>
/// What a teacher copies to a VM: <c>deploy/publish.sh</c> run once for this machine's processor, into a
/// temporary folder, with its own build folders (so it never touches the build the other tests run from).
/// </summary>
public sealed class PublishedBuild : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "mocean-publish-" + Guid.NewGuid().ToString("N"));

    /// <summary>The processor kind published for: this machine's (linux-x64 or linux-arm64).</summary>
    public static string Rid => RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";

    /// <summary>The published folder (<c>publish/RID</c> of the script).</summary>
    public string Folder => Path.Combine(root, "out", Rid);

    /// <summary>What the script printed.</summary>
    public string Output { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var info = new ProcessStartInfo(Path.Combine(Python.RepoRoot, "deploy", "publish.sh"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Rid, "--out", Path.Combine(root, "out"), "--build-dir", Path.Combine(root, "build") })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20)); // bounds a hang; a loaded machine is slow
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("deploy/publish.sh ran longer than 20 minutes");
        }

        Output = (await output) + (await error);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"deploy/publish.sh exited with {process.ExitCode}:\n{Output}");
        }
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
