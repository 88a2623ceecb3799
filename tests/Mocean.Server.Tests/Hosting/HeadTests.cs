using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Hosting;

/// <summary>HEAD on a real server, read byte for byte: the status and headers GET gets, and not one byte of body.</summary>
[Collection(ServerReaders.Name)]
public sealed class HeadTests(StepsServerFixture fixture)
{
    [Theory]
    [InlineData("/hello")]
    [InlineData("/")]
    [InlineData("/status")]
    [InlineData("/steps?message=hello")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/location?id=ZZZZZZZZ")]
    public async Task HeadAnswersWithGetsStatusAndHeadersAndNoBody(string target)
    {
        var get = await SendAsync("GET", target);
        var head = await SendAsync("HEAD", target);

        Assert.NotEmpty(RawHttp.Body(get));
        Assert.Equal(Headers(get), Headers(head));
        Assert.EndsWith("\r\n\r\n", head, StringComparison.Ordinal);
        Assert.Equal(head.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4, head.Length);
    }

    private Task<string> SendAsync(string method, string target) =>
        RawHttp.SendAsync(fixture.Server.Port, $"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    /// <summary>
    /// The status line and headers, but for the date and the body's framing (GET's body is sent in chunks; with no
    /// body to frame, HEAD's headers say nothing of chunks, as HTTP allows).
    /// </summary>
    private static string[] Headers(string answer) =>
        [.. answer[..answer.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n")
            .Where(line => !line.StartsWith("Date:", StringComparison.OrdinalIgnoreCase)
                && !line.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase))];
}
