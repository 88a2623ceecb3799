using System.Globalization;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Ocean;

/// <summary>Random and hostile query strings to every ocean route, sent raw to the real server: never a 5xx, never a hang.</summary>
public sealed class OceanFuzzTests(StepsServerFixture fixture) : IClassFixture<StepsServerFixture>
{
    private static readonly string[] Routes =
    [
        "mocean", "join", "quit", "who", "name", "look", "get", "inventory", "use", "sendchat", "popchat", "location", "velocity",
        "accel", "stop", "dive", "teleport", "ping", "whalename", "treasurename", "seamountname", "id",
        "round", "role", "tasks", "task", "tag", "sabotage", "meeting", "report", "say", "hear", "vote", "roles",
        "ocean/replay", "ocean/replay/rounds",
    ];

    private static readonly string[] Keys = ["id", "name", "ocean", "item", "message", "ctrl", "x", "y", "usage", "format", "client", "ID", "Ctrl", "n", "answer", "kind", "after", "round", "from", "to", ""];

    [Fact]
    public async Task HostileQueriesToEveryOceanRouteNeverGiveA5xxOrHang()
    {
        using var http = new HttpClient();
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await http.GetStringAsync($"{fixture.Server.BaseUrl}/join?name=Fuzz{i}"));
        }

        var random = new Random(20261129);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        foreach (var route in Routes)
        {
            for (var i = 0; i < 50; i++)
            {
                var target = $"/{route}?{Query(random, ids)}";
                var status = await StepsFuzzTests.SendRawAsync(fixture.Server.Port, target);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status is < 100 or >= 500)
                {
                    failures.Add($"{status} for {target[..Math.Min(target.Length, 300)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(statuses.GetValueOrDefault(200) > 50, $"some hostile queries still get a game reply: {string.Join(", ", statuses)}");
        Assert.True(statuses.GetValueOrDefault(400) > 50, "many are refused with a 400");
        await HostileQuery.AssertServerUnharmedAsync(fixture.Server);
    }

    private static string Query(Random random, List<string> ids)
    {
        var first = new List<string>();
        if (random.Next(3) > 0)
        {
            first.Add($"id={ids[random.Next(ids.Count)]}");
        }

        return HostileQuery.Build(random, Keys, Value, first);
    }

    private static string Value(Random random) => random.Next(7) switch
    {
        0 => new string((char)('a' + random.Next(26)), random.Next(100, 7000)),
        1 => string.Concat(Enumerable.Range(0, random.Next(1, 20)).Select(_ => "%" + random.Next(0, 32).ToString("X2", CultureInfo.InvariantCulture))),
        2 => (random.NextDouble() * 2000 - 1000).ToString(CultureInfo.InvariantCulture),
        3 => new string((char)random.Next(1, 127), random.Next(1, 6)),
        4 => new[] { "w", "a", "s", "d", "r", "f", "W", "treasure", "whale", "air%20tank", "Fuzz1", "main", "json", "browser", "brief" }[random.Next(15)],
        _ => StepsFuzzTests.Hostile[random.Next(StepsFuzzTests.Hostile.Length)],
    };
}
