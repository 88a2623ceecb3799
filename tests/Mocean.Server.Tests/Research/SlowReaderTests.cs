using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

/// <summary>A reader too slow to take a Parquet file loses it: the connection is cut and the temporary file is gone.</summary>
public sealed class SlowReaderTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "mocean-slow-" + Guid.NewGuid().ToString("N"));

    public SlowReaderTests() => Directory.CreateDirectory(Path.Combine(work, "tmp"));

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public async Task AReaderThatStopsReadingLosesItsReplyAndTheFileIsDeleted()
    {
        var temp = Path.Combine(work, "tmp");
        await using var server = await ServerProcess.StartAsync(
            extraArgs: ["--file-reply-seconds", "2"], environment: new Dictionary<string, string> { ["TMPDIR"] = temp });
        await PublishBigAsync(server.BaseUrl);

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        var url = new Uri(server.BaseUrl);
        await socket.ConnectAsync(IPAddress.Loopback, url.Port);
        await socket.SendAsync(Encoding.ASCII.GetBytes($"GET /tabledap/big.parquet HTTP/1.1\r\nHost: 127.0.0.1:{url.Port}\r\n\r\n"));
        var head = new byte[1024];
        var got = await socket.ReceiveAsync(head);
        var text = Encoding.ASCII.GetString(head, 0, got);
        Assert.StartsWith("HTTP/1.1 200", text, StringComparison.Ordinal);
        var length = long.Parse(text.Split("Content-Length: ")[1].Split('\r')[0], CultureInfo.InvariantCulture);

        // Stop reading for longer than the server gives a reader; then take what is left.
        await Task.Delay(TimeSpan.FromSeconds(6));
        var total = (long)got;
        var buffer = new byte[1 << 16];
        try
        {
            while (await socket.ReceiveAsync(buffer) is var n and > 0)
            {
                total += n;
            }
        }
        catch (SocketException)
        {
            // Reset by the server: the same verdict.
        }

        Assert.True(total < length, $"the whole reply ({length} bytes) arrived after all");
        Assert.Empty(Directory.EnumerateFiles(temp, "mocean-*"));
        using var client = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(server.BaseUrl + "/hello")).StatusCode);
    }

    /// <summary>A data set of 400,000 rows of random numbers: its Parquet file is megabytes, more than sockets hold.</summary>
    private async Task PublishBigAsync(string baseUrl)
    {
        var csv = Path.Combine(work, "big.csv");
        var random = new Random(3);
        var text = new StringBuilder("time,a,b\n");
        var start = new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 400_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{start.AddSeconds(i):yyyy-MM-ddTHH:mm:ssZ},{random.NextDouble()},{random.NextDouble()}\n");
        }

        await File.WriteAllTextAsync(csv, text.ToString());
        var descriptor = $$"""
            { "id": "big", "title": "Big", "summary": "random", "format": "Csv", "files": ["{{csv}}"],
              "columns": [{ "name": "time", "type": "Time", "units": "UTC" }, { "name": "a", "type": "Double" }, { "name": "b", "type": "Double" }] }
            """;
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/admin/datasets") { Content = new StringContent(descriptor, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        using var reply = await client.SendAsync(request);
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());
    }
}
