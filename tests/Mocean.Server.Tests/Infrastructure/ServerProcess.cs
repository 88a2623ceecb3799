using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>
/// The real server as a separate process on a free loopback port, the way a student runs it.
/// Its output is kept for assertions on log lines.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServerProcess(Process process, int port, string dataDir)
    {
        this.process = process;
        Port = port;
        DataDir = dataDir;
    }

    /// <summary>The port the server listens on (when the kernel chose it, known once the server said so).</summary>
    public int Port { get; private set; }

    public string DataDir { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public int Pid => process.Id;

    /// <summary>True once the server exited, or once this was disposed (another thread may ask while it is).</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true; // disposed: no process is associated any more
            }
        }
    }

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

    /// <summary>
    /// A loopback port on which nothing listens while the returned socket is held: it is bound (so no other
    /// process can take the port) but not listening (so a connection to it is refused). Dispose it when done.
    /// </summary>
    public static Socket ClosedPort()
    {
        // Unspecified protocol: .NET sets SO_REUSEADDR when it binds a TCP socket, which would let a server bind
        // the same port after all.
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    /// <summary>The port of a socket from <see cref="ClosedPort"/>.</summary>
    public static int PortOf(Socket socket) => ((IPEndPoint)socket.LocalEndPoint!).Port;

    public static string NewDataDir() => Path.Combine(Path.GetTempPath(), "mocean-proc-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Starts the server and waits until it answers <c>/hello</c>. Without <paramref name="port"/> the kernel chooses a
    /// free one as the server binds it (port 0), and the server's own "Now listening on" line tells which: no other
    /// process can take the port between choosing and binding, and no other server can answer in its place. With <paramref name="likeSystemd"/> it is started the
    /// way systemd starts a service (<c>SYSTEMD_EXEC_PID</c> equal to its own PID; pass <c>NOTIFY_SOCKET</c> in
    /// <paramref name="environment"/>), so its systemd integration switches on. With <paramref name="program"/> (a
    /// published <c>mocean-server</c>) that program runs, in its own folder as the unit's WorkingDirectory says,
    /// instead of the build beside the tests.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(
        string? dataDir = null,
        IEnumerable<string>? extraArgs = null,
        int? port = null,
        IReadOnlyDictionary<string, string>? environment = null,
        bool likeSystemd = false,
        string? program = null)
    {
        var chosenPort = port ?? 0;
        var dir = dataDir ?? NewDataDir();
        var command = program ?? "dotnet";
        var info = new ProcessStartInfo(likeSystemd ? "/bin/sh" : command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = program is null ? string.Empty : Path.GetDirectoryName(program),
        };
        if (likeSystemd)
        {
            // exec keeps the shell's PID, so $$ is the server's own PID, as systemd sets it.
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("SYSTEMD_EXEC_PID=$$ exec \"$0\" \"$@\"");
            info.ArgumentList.Add(command);
        }

        if (program is null)
        {
            info.ArgumentList.Add(ServerDll);
        }

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
        try
        {
            await server.WaitUntilServingAsync(TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException)
        {
            // A server that never came up is not left running behind the failed test (on a loaded machine, many would pile up).
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>
    /// Waits until the server answers <c>/hello</c> and has announced itself in its data directory (<c>server.url</c>,
    /// written a moment after it first answers, which commands such as <c>data add</c> look for). The limit bounds a
    /// hang only: a loaded machine may take long to start it. With port 0 it first waits for the line saying which
    /// port the server bound.
    /// </summary>
    public async Task WaitUntilServingAsync(TimeSpan limit)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var deadline = DateTime.UtcNow + limit;
        var answered = false;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                process.WaitForExit(); // lets the asynchronous output readers finish, so Output is complete
                throw new InvalidOperationException($"the server exited with {process.ExitCode}:\n{Output}");
            }

            if (Port == 0)
            {
                var listening = ListeningOn().Match(Output);
                if (!listening.Success)
                {
                    await Task.Delay(100);
                    continue;
                }

                Port = int.Parse(listening.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            try
            {
                if (!answered)
                {
                    using var reply = await client.GetAsync($"{BaseUrl}/hello");
                    answered = reply.IsSuccessStatusCode;
                }

                if (answered && Announced())
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

    private bool Announced()
    {
        var file = Mocean.Operations.ServerUrlFile.PathIn(Path.GetFullPath(DataDir));
        try
        {
            return File.Exists(file) && File.ReadAllText(file).Trim() == BaseUrl;
        }
        catch (IOException)
        {
            return false; // being written
        }
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

        // A graceful stop flushes state; on a loaded machine that can take a while, so the kill is only for a hang.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
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

    [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningOn();

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
