using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

/// <summary>Random and hostile query strings, sent as raw HTTP to the real server: never a 5xx, never a hang.</summary>
public sealed class StepsFuzzTests(StepsServerFixture fixture) : IClassFixture<StepsServerFixture>
{
    private static readonly string[] Routes =
        ["steps", "puzzle", "problem", "python", "begin", "beguine", "sirduke", "euler", "meruprastarah", "exchange", "steps/progress", "duck", "duck/leaderboard"];

    private static readonly string[] Keys =
        ["message", "solution", "task", "name", "location", "destination", "reset", "format", "client", "MESSAGE", "Name", "x", ""];

    internal static readonly string[] Hostile =
    [
        "%zz", "%", "%e2%82", "%ff%fe", "%00", "%0d%0aSet-Cookie:%20x=1", "%1b[31m", "NaN", "Infinity", "-Infinity", "1e308", "-1e400",
        "-0", "0x1F", "9223372036854775808", "-9223372036854775809", "..%2f..%2fetc%2fpasswd", "%3Cscript%3Ealert(1)%3C/script%3E",
        "%F0%9F%A6%86", "%E2%80%AE", "%CC%81%CC%81%CC%81", "a%20b", "1,5,10,10,5,1", "1;2;3", ",,,", ";", "50,180,0", "1e9,1e9,1e9",
        "-50,-720,1080", "json", "browser", "1", "%7B%22a%22:1%7D", "'%20OR%201=1--", "%C0%AF", "\u00e9", "\ud83e\udd86",
    ];

    [Fact]
    public async Task HostileQueriesToEveryStepsRouteNeverGiveA5xxOrHang()
    {
        var random = new Random(20261128);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        foreach (var route in Routes)
        {
            for (var i = 0; i < 60; i++)
            {
                var target = $"/{route}?{Query(random)}";
                var status = await SendRawAsync(fixture.Server.Port, target);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status is < 100 or >= 500)
                {
                    failures.Add($"{status} for {target[..Math.Min(target.Length, 300)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(statuses.GetValueOrDefault(200) > 100, "most hostile queries still get a game reply");
        Assert.True(statuses.GetValueOrDefault(400) > 10, "some hostile queries are refused with a 400");
        await HostileQuery.AssertServerUnharmedAsync(fixture.Server);
    }

    private static string Query(Random random) => HostileQuery.Build(random, Keys, Value);

    private static string Value(Random random) => random.Next(6) switch
    {
        0 => new string((char)('a' + random.Next(26)), random.Next(100, 7000)),
        1 => string.Concat(Enumerable.Range(0, random.Next(1, 20)).Select(_ => "%" + random.Next(0, 32).ToString("X2", CultureInfo.InvariantCulture))),
        2 => random.NextDouble().ToString(CultureInfo.InvariantCulture) + "," + random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture) + "," + random.NextDouble().ToString("E", CultureInfo.InvariantCulture),
        3 => new string((char)random.Next(1, 127), random.Next(1, 6)),
        _ => Hostile[random.Next(Hostile.Length)],
    };

    /// <summary>Sends one request line exactly as given (no client-side escaping) and returns the status, or -1 on a hang (a minute: only a hang, not a loaded machine, takes that long).</summary>
    internal static async Task<int> SendRawAsync(int port, string target)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = tcp.GetStream();
            var request = Encoding.UTF8.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(request, timeout.Token);
            var buffer = new byte[64 * 1024];
            var received = new MemoryStream();
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }

            var head = Encoding.UTF8.GetString(received.GetBuffer(), 0, (int)Math.Min(received.Length, 64));
            return head.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(head.AsSpan(9, 3), CultureInfo.InvariantCulture, out var status)
                ? status
                : 0;
        }
        catch (OperationCanceledException)
        {
            return -1;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
