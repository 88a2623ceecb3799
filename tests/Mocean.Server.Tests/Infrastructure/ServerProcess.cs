using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>
/// The real server as a separate process on a free loopback port, the way a student runs it.
/// Its output is kept for assertions on log lines.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServerProcess(Process process, int port, string dataDir)
    {
        this.process = process;
        Port = port;
        DataDir = dataDir;
    }

    public int Port { get; }

    public string DataDir { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public int Pid => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Everything the server printed so far.</summary>
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

    /// <summary>The server's compiled entry assembly, copied beside the tests.</summary>
    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "mocean-server.dll");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string NewDataDir() => Path.Combine(Path.GetTempPath(), "mocean-proc-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Starts the server and waits until it answers <c>/hello</c>. With <paramref name="likeSystemd"/> it is started the
    /// way systemd starts a service (<c>SYSTEMD_EXEC_PID</c> equal to its own PID; pass <c>NOTIFY_SOCKET</c> in
    /// <paramref name="environment"/>), so its systemd integration switches on.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(
        string? dataDir = null,
        IEnumerable<string>? extraArgs = null,
        int? port = null,
        IReadOnlyDictionary<string, string>? environment = null,
        bool likeSystemd = false)
    {
        var chosenPort = port ?? FreePort();
        var dir = dataDir ?? NewDataDir();
        var info = new ProcessStartInfo(likeSystemd ? "/bin/sh" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (likeSystemd)
        {
            // exec keeps the shell's PID, so $$ is the server's own PID, as systemd sets it.
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("SYSTEMD_EXEC_PID=$$ exec dotnet \"$0\" \"$@\"");
        }

        info.ArgumentList.Add(ServerDll);
        foreach (var arg in new[] { "--urls", $"http://127.0.0.1:{chosenPort}", "--data-dir", dir, "--admin-key", MoceanFactory.AdminKey, "--rate-limit", "0" })
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var arg in extraArgs ?? [])
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var server = new ServerProcess(Process.Start(info)!, chosenPort, dir);
        server.process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        await server.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        return server;
    }

    public async Task WaitUntilServingAsync(TimeSpan limit)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                process.WaitForExit(); // lets the asynchronous output readers finish, so Output is complete
                throw new InvalidOperationException($"the server exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                var reply = await client.GetAsync($"{BaseUrl}/hello");
                if (reply.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the server did not answer within {limit}:\n{Output}");
    }

    /// <summary>Runs one command of the server binary (<c>settings</c>, <c>backup FILE</c>, <c>--help</c>) to its end.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunCommandAsync(
        IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, int seconds = 60)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ServerDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var command = Process.Start(info)!;
        var stdout = command.StandardOutput.ReadToEndAsync();
        var stderr = command.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            await command.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            command.Kill(entireProcessTree: true);
            throw new TimeoutException($"mocean-server {string.Join(' ', args)} ran longer than {seconds} s");
        }

        return (command.ExitCode, await stdout, await stderr);
    }

    /// <summary>Waits until the output contains <paramref name="text"/>, or fails after the limit.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (Output.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    /// <summary>Stops the process: SIGTERM and a graceful wait, or a kill.</summary>
    public async Task StopAsync(bool kill = false)
    {
        if (process.HasExited)
        {
            return;
        }

        if (kill)
        {
            process.Kill(entireProcessTree: true);
        }
        else
        {
            using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(kill: true);
        process.Dispose();
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
