using System.Globalization;
using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// Requests sent in turn to a list of servers (the next one for each request, as a round-robin load balancer
/// does), each written down with its status and reply, the server's own address in a reply made neutral. Two
/// runs of one script, one through a cluster and one through a single server, must write the same lines. The
/// secret ids players get from <c>join</c> are written as <c>ID1</c>, <c>ID2</c>... in the order they were handed out.
/// </summary>
public sealed partial class Transcript(HttpClient http, IReadOnlyList<string> servers)
{
    private readonly List<string> lines = [];
    private readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);
    private int turn;

    public IReadOnlyList<string> Lines => lines;

    /// <summary>The server the next request goes to, for a helper that sends requests of its own (they are not written down).</summary>
    public string Next => servers[turn++ % servers.Count];

    public HttpClient Http => http;

    /// <summary>A GET through the next server; its reply.</summary>
    public async Task<string> GetAsync(string pathAndQuery) => (await SendAsync(HttpMethod.Get, pathAndQuery, admin: false)).Text;

    /// <summary>The same GET through every server once (each server of a cluster; the single server that many times).</summary>
    public async Task<string> EachAsync(string pathAndQuery)
    {
        var text = string.Empty;
        for (var i = 0; i < servers.Count; i++)
        {
            text = await GetAsync(pathAndQuery);
        }

        return text;
    }

    /// <summary>An admin request (the key in X-Admin-Key) through the next server; its reply.</summary>
    public async Task<string> AdminAsync(HttpMethod method, string pathAndQuery) => (await SendAsync(method, pathAndQuery, admin: true)).Text;

    /// <summary>Where the first difference between two transcripts is, with the lines around it; null when they are the same.</summary>
    public static string? Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : "(nothing)";
            var got = i < actual.Count ? actual[i] : "(nothing)";
            if (want != got)
            {
                var before = string.Join('\n', expected.Take(i).TakeLast(3));
                return $"line {i + 1} differs\nafter:\n{before}\nexpected:\n{want}\nactual:\n{got}";
            }
        }

        return null;
    }

    private async Task<(int Status, string Text)> SendAsync(HttpMethod method, string pathAndQuery, bool admin)
    {
        var server = Next;
        using var request = new HttpRequestMessage(method, server + pathAndQuery);
        if (admin)
        {
            request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        }

        using var reply = await http.SendAsync(request);
        var text = await reply.Content.ReadAsStringAsync();
        var status = (int)reply.StatusCode;
        if (status == 200 && pathAndQuery.StartsWith("/join?", StringComparison.Ordinal))
        {
            ids[text] = "ID" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{method} {pathAndQuery} -> {status} {OwnAddress().Replace(text, "HOST")}");
        foreach (var (id, name) in ids)
        {
            line = line.Replace(id, name, StringComparison.Ordinal);
        }

        lines.Add(line.Replace("\n", "\\n", StringComparison.Ordinal));
        return (status, text);
    }

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex OwnAddress();
}
