using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Mocean.Client;

/// <summary>
/// The one place requests are sent: builds the URL, times the round trip, and turns a refusal or a
/// missing server into a <see cref="MoceanException"/> carrying the server's one line.
/// </summary>
internal sealed class Wire(HttpClient http, Uri server)
{
    /// <summary>The server's JSON: camelCase names; a field the record needs that is missing or null is an error, not a silent default.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public Uri Server { get; } = server;

    public TimeSpan LastRoundTrip { get; private set; }

    /// <summary>An absolute URL for <paramref name="route"/> with the query pairs (null values left out), escaped.</summary>
    public Uri Url(string route, IEnumerable<KeyValuePair<string, string?>> query)
    {
        var text = new StringBuilder(route.StartsWith('/') ? route[1..] : route);
        var first = true;
        foreach (var (key, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            text.Append(first ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }

        return new Uri(Server, text.ToString());
    }

    /// <summary>GETs the route; a 4xx or 5xx becomes a <see cref="MoceanException"/>.</summary>
    public async Task<(string Body, TimeSpan Elapsed)> GetAsync(string route, IEnumerable<KeyValuePair<string, string?>> query, CancellationToken cancel)
    {
        var url = Url(route, query);
        var reply = await SendAsync(url, cancel).ConfigureAwait(false);
        if (reply.Status >= 400)
        {
            throw new MoceanException(reply.Status, ServerLine(reply.Text), "/" + route.TrimStart('/'), url);
        }

        return (reply.Text, reply.Elapsed);
    }

    /// <summary>GETs the route with <c>format=json</c> and reads the reply as <typeparamref name="T"/>.</summary>
    public async Task<T> GetJsonAsync<T>(string route, IEnumerable<KeyValuePair<string, string?>> query, CancellationToken cancel, bool formatJson = true)
        where T : Timed
    {
        var pairs = formatJson ? query.Append(new("format", "json")) : query;
        var (body, elapsed) = await GetAsync(route, pairs, cancel).ConfigureAwait(false);
        return Parse<T>(body, route) with { Elapsed = elapsed };
    }

    public static T Parse<T>(string body, string route)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Json) ?? throw new JsonException("null");
        }
        catch (JsonException problem)
        {
            throw new MoceanException(200, $"the reply is not the JSON expected ({problem.Message})", "/" + route.TrimStart('/'), problem);
        }
    }

    /// <summary>Any GET, whatever the status: the text and the round trip. Only a missing server throws.</summary>
    public async Task<TextReply> SendAsync(Uri url, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var reply = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancel).ConfigureAwait(false);
            var text = await reply.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            clock.Stop();
            LastRoundTrip = clock.Elapsed;
            return new TextReply((int)reply.StatusCode, text) { Elapsed = clock.Elapsed };
        }
        catch (HttpRequestException problem)
        {
            throw new MoceanException(0, $"cannot reach the server at {Server}: {problem.Message}", url.AbsolutePath, url, problem);
        }
        catch (TaskCanceledException problem) when (!cancel.IsCancellationRequested)
        {
            throw new MoceanException(0, $"the server at {Server} did not answer in time", url.AbsolutePath, url, problem);
        }
    }

    /// <summary>The one line of a refusal, from plain text, <c>{"error": ...}</c> or ERDDAP's <c>Error { message="..."; }</c>.</summary>
    public static string ServerLine(string body)
    {
        var text = body.Trim();
        if (text.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error))
                {
                    return error.ToString();
                }
            }
            catch (JsonException)
            {
            }
        }

        const string Marker = "message=\"";
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        if (text.StartsWith("Error {", StringComparison.Ordinal) && at >= 0)
        {
            var end = text.LastIndexOf("\";", StringComparison.Ordinal);
            return end > at ? text[(at + Marker.Length)..end] : text[(at + Marker.Length)..];
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? text : text[..newline].TrimEnd();
    }
}
