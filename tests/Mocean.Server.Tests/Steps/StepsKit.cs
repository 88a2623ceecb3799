using System.Globalization;
using System.Text.Json;

namespace Mocean.Server.Tests.Steps;

/// <summary>What the Steps tests share: the shipped chain's keys and answers, and walking it by following replies.</summary>
public static class StepsKit
{
    /// <summary>The shipped chain as the spec gives it: route, key (null: a visit) and a right answer.</summary>
    public static readonly IReadOnlyDictionary<string, (string? Key, string? Answer)> Chain = new Dictionary<string, (string?, string?)>
    {
        ["steps"] = ("message", "passport"),
        ["puzzle"] = ("solution", "leaf"),
        ["problem"] = ("solution", "32"),
        ["python"] = (null, null),
        ["begin"] = ("message", "101"),
        ["beguine"] = ("message", "987"),
        ["sirduke"] = ("message", "wigs"),
        ["euler"] = ("message", "50005000"),
        ["meruprastarah"] = ("message", "1,5,10,10,5,1"),
    };

    /// <summary>The URL on the reply's <c>Next:</c> line, or null when there is none.</summary>
    public static string? NextUrl(string reply) =>
        reply.Split('\n').FirstOrDefault(line => line.StartsWith("Next: ", StringComparison.Ordinal))?["Next: ".Length..];

    /// <summary>Adds a query parameter to a URL that may already have some.</summary>
    public static string With(string url, string key, string value) =>
        url + (url.Contains('?', StringComparison.Ordinal) ? '&' : '?') + key + "=" + Uri.EscapeDataString(value);

    /// <summary>Walks the whole chain from <c>/steps</c> by following the URLs the replies give; returns the routes solved and the last reply.</summary>
    public static async Task<(List<string> Routes, string LastReply)> WalkAsync(HttpClient client, string start)
    {
        var routes = new List<string>();
        string? url = start;
        var reply = string.Empty;
        while (url is not null && routes.Count < 50)
        {
            var route = new Uri(url, UriKind.Absolute).AbsolutePath.Trim('/');
            var (key, answer) = Chain[route];
            reply = await client.GetStringAsync(key is null ? url : With(url, key, answer!));
            routes.Add(route);
            url = NextUrl(reply);
        }

        return (routes, reply);
    }

    /// <summary>Plays the named Duck game with the circle-then-dash strategy through HTTP; returns the final reply.</summary>
    public static async Task<string> WinDuckAsync(HttpClient client, string baseUrl, string name)
    {
        async Task<(double R, double A, double B, string Text)> Move(string query)
        {
            var text = await client.GetStringAsync($"{baseUrl}/duck?name={Uri.EscapeDataString(name)}&{query}");
            var parts = text.Split('\n')[0].Split(',').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return (parts[0], parts[1], parts[2], text);
        }

        static double Normalize(double angle) => angle % 360 is var a && a <= -180 ? a + 360 : a > 180 ? a - 360 : a;
        static string At(double r, double a) => string.Create(CultureInfo.InvariantCulture, $"destination={r},{a}");

        var state = await Move("reset=1");
        state = await Move(At(11.5, Normalize(state.B + 180)));
        for (var i = 0; i < 500 && Math.Abs(Normalize(state.A - state.B)) < 178; i++)
        {
            var gap = Normalize(state.A - state.B);
            state = await Move(At(11.5, Normalize(state.A + Math.CopySign(Math.Min(30, 180 - Math.Abs(gap)), gap))));
        }

        return (await Move(At(50, state.A))).Text;
    }

    /// <summary>
    /// Compares a reply exactly with its golden file (tests/Mocean.Server.Tests/Steps/Golden/NAME). With
    /// MOCEAN_UPDATE_GOLDEN=1 the file is rewritten first, for a person to review in the diff.
    /// </summary>
    public static void AssertGolden(string name, string actual)
    {
        var path = Path.Combine(Infrastructure.Python.RepoRoot, "tests", "Mocean.Server.Tests", "Steps", "Golden", name);
        if (Environment.GetEnvironmentVariable("MOCEAN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual + "\n");
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing");
        Assert.Equal(File.ReadAllText(path).TrimEnd('\n'), actual);
    }

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}

