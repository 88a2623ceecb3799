using System.Diagnostics;

namespace Mocean.Cli.Tests;

/// <summary>
/// A terminal for a test: a tmux server on a socket of its own, one session with a shell, keys sent
/// with <c>send-keys</c> and the screen read with <c>capture-pane</c>. Disposing stops that tmux server.
/// </summary>
public sealed class Tmux : IAsyncDisposable
{
    private readonly string socket = "mocean-test-" + Guid.NewGuid().ToString("N")[..8];

    public const string Session = "play";

    public static async Task<Tmux> StartAsync(int width = 160, int height = 30)
    {
        var tmux = new Tmux();
        await tmux.RunAsync("-f", "/dev/null", "new-session", "-d", "-s", Session, "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture), "bash --norc --noprofile");
        return tmux;
    }

    /// <summary>Types keys into the session; tmux key names (<c>Enter</c>, <c>Escape</c>) or literal text with <paramref name="literal"/>.</summary>
    public Task SendAsync(string keys, bool literal = true) =>
        literal ? RunAsync("send-keys", "-t", Session, "-l", keys) : RunAsync("send-keys", "-t", Session, keys);

    /// <summary>What the screen shows now.</summary>
    public Task<string> ScreenAsync() => RunAsync("capture-pane", "-p", "-t", Session);

    /// <summary>Waits until the screen shows something that passes <paramref name="seen"/>; fails with the screen after the limit.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> seen, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var screen = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            screen = await ScreenAsync();
            if (seen(screen))
            {
                return screen;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the screen did not show {what} within {seconds} s:\n{screen}");
    }

    public Task<string> WaitForAsync(string text, int seconds = 60) =>
        WaitForAsync(screen => screen.Contains(text, StringComparison.Ordinal), $"'{text}'", seconds);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync("kill-server");
        }
        catch (InvalidOperationException)
        {
        }
    }

    private async Task<string> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-L");
        info.ArgumentList.Add(socket);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // a hung tmux does not outlive its test
            throw;
        }

        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {await error}");
    }
}
