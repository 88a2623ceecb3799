using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Recording;

/// <summary>What the tests of the record and its replay do alike: a round in an ocean of its own, the rows of a reply, and asking until the record is stored.</summary>
internal static class ReplayKit
{
    /// <summary>A new ocean (seed 42, its name from <paramref name="stem"/>) with Ann, Bob, Cara and Dan and a round (seed 5) started.</summary>
    public static async Task<(string Ocean, Dictionary<string, string> Ids)> RoundAsync(HttpClient client, string stem = "replay")
    {
        var ocean = OceanKit.Unique(stem);
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/ocean?ocean={ocean}&seed=42")).Status);
        var ids = new Dictionary<string, string>();
        foreach (var name in new[] { "Ann", "Bob", "Cara", "Dan" })
        {
            ids[name] = (await client.Get($"/join?name={name}&ocean={ocean}")).Text;
        }

        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/round?ocean={ocean}&seed=5")).Status);
        return (ocean, ids);
    }

    public sealed record Track(DateTimeOffset Time, int Round, string Player, double X, double Y);

    public sealed record Event(string Kind, string Player, string? Text);

    public static List<Track> Tracks(JsonNode reply) => [.. reply["tracks"]!.AsArray().Select(t =>
        new Track(DateTimeOffset.Parse((string)t!["time"]!, CultureInfo.InvariantCulture), (int)t["round"]!, (string)t["player"]!, (double)t["x"]!, (double)t["y"]!))];

    public static List<Event> Events(JsonNode reply) => [.. reply["events"]!.AsArray().Select(e => new Event((string)e!["kind"]!, (string)e["player"]!, (string?)e["text"]))];

    /// <summary>Asks until the reply is 200 and passes <paramref name="done"/> (the record reaches the store every 250 ms).</summary>
    public static async Task<JsonNode> UntilAsync(HttpClient client, string url, Func<JsonNode, bool> done, bool teacher = true)
    {
        var last = (Status: HttpStatusCode.NoContent, Text: "");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            last = teacher ? await client.Admin(url, method: HttpMethod.Get) : await client.Get(url);
            if (last.Status == HttpStatusCode.OK && JsonNode.Parse(last.Text) is { } reply && done(reply))
            {
                return reply;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{url} never answered as expected; last {last.Status}: {last.Text}");
        return null!;
    }
}
