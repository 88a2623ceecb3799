using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Admin;

/// <summary>
/// Random and hostile queries and form bodies to every teacher's route (the clock, recording, rounds, oceans, players,
/// chat, backup), with the right key, sent raw to a real server on a standing clock with recording on: never a 5xx,
/// never a hang, and the game plays on after.
/// </summary>
public sealed class AdminFuzzTests : IAsyncLifetime
{
    private static readonly (string Method, string Route)[] Routes =
    [
        ("GET", "clock"), ("POST", "clock"), ("POST", "recording"), ("POST", "round"), ("POST", "round/end"), ("GET", "round/roles"),
        ("POST", "ocean"), ("POST", "remove"), ("POST", "broadcast"), ("POST", "pause"), ("POST", "resume"), ("POST", "give"),
        ("POST", "mute"), ("POST", "unmute"), ("GET", "chatlog"), ("GET", "players"), ("POST", "players/remove"),
    ];

    private static readonly string[] Keys =
        ["ocean", "seconds", "public", "seed", "impostors", "tasks", "minutes", "meeting_seconds", "confirm_ejects", "name", "item", "message", "after", "format", ""];

    private static readonly string[] Hostile =
    [
        "-1", "0", "1e308", "-1e308", "NaN", "Infinity", "-0", "9223372036854775808", "18446744073709551616", "0x10", "1,5", "1.5.5",
        "main", "MAIN", "reef", "over", "all", "none", "true", "false", "skip", "..%2F..%2Fetc%2Fpasswd", "%00", "%E2%80%AE", "%F0%9F%90%8B",
        "a%0D%0ASet-Cookie:%20x", "'%20OR%201=1--", "%25s%25s%25n", "teleport%20crystal", "treasure", string.Concat(Enumerable.Repeat("9", 400)),
    ];

    private ServerProcess server = null!;

    public async Task InitializeAsync() =>
        server = await ServerProcess.StartAsync(extraArgs: ["--clock", "2026-03-14T15:09:26Z", "--recording", "true"]);

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        StepsServerFixture.TryDelete(server.DataDir);
    }

    [Fact]
    public async Task HostileQueriesAndFormsToEveryTeachersRouteNeverGiveA5xxOrHang()
    {
        using var http = new HttpClient();
        for (var i = 0; i < 5; i++)
        {
            await http.GetStringAsync($"{server.BaseUrl}/join?name=Fuzz{i}");
        }

        var random = new Random(20261205);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        foreach (var (method, route) in Routes)
        {
            for (var i = 0; i < 40; i++)
            {
                var query = HostileQuery.Build(random, Keys, Value);
                var body = method == "POST" && random.Next(3) == 0 ? HostileQuery.Build(random, Keys, Value) : null;
                var status = await SendAsync(method, $"/admin/{route}?{query}", body);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status is < 100 or >= 500)
                {
                    failures.Add($"{status} for {method} /admin/{route}?{query[..Math.Min(query.Length, 200)]} body {body?[..Math.Min(body.Length, 100)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(statuses.GetValueOrDefault(200) > 40, $"many hostile requests still do what they ask: {string.Join(", ", statuses)}");
        Assert.True(statuses.GetValueOrDefault(400) + statuses.GetValueOrDefault(404) > 40, $"many are refused: {string.Join(", ", statuses)}");
        await HostileQuery.AssertServerUnharmedAsync(server);

        // The game plays on: a fresh ocean takes a round, and the clock still moves.
        Assert.Equal(200, await SendAsync("POST", "/admin/ocean?ocean=after&seed=3", null));
        for (var i = 0; i < 4; i++)
        {
            await http.GetStringAsync($"{server.BaseUrl}/join?name=After{i}&ocean=after");
        }
        Assert.Equal(200, await SendAsync("POST", "/admin/round?ocean=after&seed=5", null));
        Assert.StartsWith("play,", await http.GetStringAsync($"{server.BaseUrl}/round?ocean=after"), StringComparison.Ordinal);
        Assert.Equal(200, await SendAsync("POST", "/admin/clock?seconds=30", null));
    }

    private static string Value(Random random) => random.Next(5) switch
    {
        0 => new string((char)('a' + random.Next(26)), random.Next(100, 5000)),
        1 => string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => "%" + random.Next(0, 256).ToString("X2", CultureInfo.InvariantCulture))),
        2 => (random.NextDouble() * random.Next(-100000, 100000)).ToString("R", CultureInfo.InvariantCulture),
        _ => Hostile[random.Next(Hostile.Length)],
    };

    /// <summary>One raw request with the teacher's key (no client-side escaping); the status, or -1 on a hang (a minute).</summary>
    private async Task<int> SendAsync(string method, string target, string? form)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync("127.0.0.1", server.Port, timeout.Token);
            var stream = tcp.GetStream();
            var body = Encoding.UTF8.GetBytes(form ?? "");
            var head = $"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nX-Admin-Key: {MoceanFactory.AdminKey}\r\nConnection: close\r\n"
                + (form is null ? "Content-Length: 0\r\n" : $"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {body.Length}\r\n") + "\r\n";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head), timeout.Token);
            await stream.WriteAsync(body, timeout.Token);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var status = await reader.ReadLineAsync(timeout.Token) ?? "";
            var parts = status.Split(' ');
            return parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var code) ? code : 0;
        }
        catch (OperationCanceledException)
        {
            return -1;
        }
    }
}
