using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// Debian's nginx running the shipped <c>deploy/nginx-cluster.conf</c> in front of servers on loopback: the file as a
/// teacher installs it, with only its upstream servers (the example's private addresses) and its listen line (port
/// 80) changed to this machine's, inside a minimal main configuration in a temporary prefix.
/// </summary>
public sealed partial class NginxFront : IAsyncDisposable
{
    private readonly Process process;
    private readonly string prefix;
    private readonly StringBuilder output = new();

    private NginxFront(Process process, string prefix, int port)
    {
        this.process = process;
        this.prefix = prefix;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public string BaseUrl { get; }

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

    /// <summary>The shipped file with its upstream servers replaced by <paramref name="servers"/> (host:port) and listening on <paramref name="port"/>.</summary>
    public static string Configure(string shipped, IEnumerable<string> servers, int port)
    {
        var example = UpstreamLine().Match(shipped);
        Assert.True(example.Success, "deploy/nginx-cluster.conf has no upstream server line");
        var lines = string.Concat(servers.Select(s => $"    server {s}{example.Groups[1].Value};\n"));
        var upstream = UpstreamLine().Replace(shipped, string.Empty);
        upstream = upstream.Replace("upstream mocean {\n", "upstream mocean {\n" + lines, StringComparison.Ordinal);
        return ListenLines().Replace(upstream, string.Create(CultureInfo.InvariantCulture, $"    listen 127.0.0.1:{port};\n"), 1)
            .Replace("    listen [::]:80;\n", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Starts nginx in the foreground on a free loopback port and waits until it answers.</summary>
    public static async Task<NginxFront> StartAsync(IEnumerable<string> servers)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "mocean-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(prefix, "tmp"));
        using var held = ServerProcess.ClosedPort();
        var port = ServerProcess.PortOf(held);
        var site = Configure(await File.ReadAllTextAsync(Path.Combine(Python.RepoRoot, "deploy", "nginx-cluster.conf")), servers, port);
        var main = $$"""
            daemon off;
            master_process on;
            worker_processes 1;
            {{(Environment.UserName == "root" ? "user root;" : string.Empty)}}
            pid {{prefix}}/nginx.pid;
            error_log stderr warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{prefix}}/tmp/body;
                proxy_temp_path {{prefix}}/tmp/proxy;
                fastcgi_temp_path {{prefix}}/tmp/fastcgi;
                uwsgi_temp_path {{prefix}}/tmp/uwsgi;
                scgi_temp_path {{prefix}}/tmp/scgi;
                include {{prefix}}/mocean.conf;
            }
            """;
        await File.WriteAllTextAsync(Path.Combine(prefix, "mocean.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(prefix, "nginx.conf"), main);
        held.Dispose();
        var info = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx", ["-p", prefix + "/", "-c", Path.Combine(prefix, "nginx.conf"), "-e", "stderr"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var front = new NginxFront(Process.Start(info)!, prefix, port);
        front.process.OutputDataReceived += (_, e) => front.Append(e.Data);
        front.process.ErrorDataReceived += (_, e) => front.Append(e.Data);
        front.process.BeginOutputReadLine();
        front.process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var tries = 0; tries < 100; tries++)
        {
            Assert.False(front.process.HasExited, $"nginx exited:\n{front.Output}\n{site}");
            try
            {
                using var reply = await http.GetAsync(front.BaseUrl + "/hello");
                if (reply.IsSuccessStatusCode)
                {
                    return front;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"nginx did not answer:\n{front.Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(prefix, recursive: true);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    /// <summary>An upstream server line, commented out or not; group 1 is what follows the address (its parameters).</summary>
    [GeneratedRegex(@"^\s*#?\s*server \d+\.\d+\.\d+\.\d+:\d+([^;]*);\n", RegexOptions.Multiline)]
    private static partial Regex UpstreamLine();

    [GeneratedRegex(@"^\s*listen 80;\n", RegexOptions.Multiline)]
    private static partial Regex ListenLines();
}
