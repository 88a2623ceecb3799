using System.Text.Json;

namespace Mocean.Server.Tests.Live;

/// <summary>One open live stream (<c>/ocean/live/stream</c>), read message by message, keeping every event seen.</summary>
public sealed class LiveFeed : IAsyncDisposable
{
    private readonly HttpResponseMessage reply;
    private readonly StreamReader reader;
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(90));

    private LiveFeed(HttpResponseMessage reply, StreamReader reader) => (this.reply, this.reader) = (reply, reader);

    /// <summary>The raw JSON of the last message read.</summary>
    public string Last { get; private set; } = "";

    /// <summary>Every event of every message read so far.</summary>
    public List<(string Kind, string Player, string? Detail)> Events { get; } = [];

    public static async Task<LiveFeed> OpenAsync(HttpClient client, string url, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var reply = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
        return new LiveFeed(reply, new StreamReader(await reply.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next message that <paramref name="wanted"/> accepts (a minute and a half at most).</summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> wanted)
    {
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            Last = line["data: ".Length..];
            var message = JsonDocument.Parse(Last).RootElement.Clone();
            foreach (var e in message.GetProperty("events").EnumerateArray())
            {
                Events.Add((e.GetProperty("kind").GetString()!, e.GetProperty("player").GetString()!, e.GetProperty("detail").GetString()));
            }

            if (wanted(message))
            {
                return message;
            }
        }

        throw new InvalidOperationException("the stream ended before the message wanted");
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        reply.Dispose();
        timeout.Dispose();
        return ValueTask.CompletedTask;
    }
}
