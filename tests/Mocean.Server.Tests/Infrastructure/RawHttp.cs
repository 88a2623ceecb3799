using System.Net.Sockets;
using System.Text;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>Requests written byte for byte on a socket, for what HttpClient refuses to send (oversized, malformed, half-sent).</summary>
public static class RawHttp
{
    /// <summary>Sends the bytes and reads until the server closes or stops sending; returns everything it answered.</summary>
    public static async Task<string> SendAsync(int port, byte[] request, int seconds = 60)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync("127.0.0.1", port);
        var stream = socket.GetStream();
        try
        {
            await stream.WriteAsync(request);
        }
        catch (IOException)
        {
            // The server may close before reading everything (an oversized request): its answer is still there.
        }

        var answer = new MemoryStream();
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            while (true)
            {
                var count = await stream.ReadAsync(buffer, timeout.Token);
                if (count == 0)
                {
                    break;
                }

                answer.Write(buffer, 0, count);
                if (Complete(answer))
                {
                    break;
                }
            }
        }
        catch (Exception closed) when (closed is IOException or OperationCanceledException or SocketException)
        {
        }

        return Encoding.UTF8.GetString(answer.ToArray());
    }

    public static Task<string> SendAsync(int port, string request) => SendAsync(port, Encoding.Latin1.GetBytes(request));

    /// <summary>The status code of an answer's first line, or 0 when the server answered nothing.</summary>
    public static int Status(string answer) =>
        answer.StartsWith("HTTP/1.", StringComparison.Ordinal) && answer.Length >= 12 ? int.Parse(answer.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>The answer's body (after the blank line), with chunked encoding undone.</summary>
    public static string Body(string answer)
    {
        var split = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return string.Empty;
        }

        var body = answer[(split + 4)..];
        if (!answer[..split].Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        var text = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var end = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = int.Parse(body[at..end], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            text.Append(body, end + 2, size);
            at = end + 2 + size + 2;
        }

        return text.ToString();
    }

    private static bool Complete(MemoryStream answer)
    {
        var text = Encoding.UTF8.GetString(answer.GetBuffer(), 0, (int)answer.Length);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return false;
        }

        var head = text[..split];
        var length = head.Split("\r\n").FirstOrDefault(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (length is not null)
        {
            return Encoding.UTF8.GetByteCount(text[(split + 4)..]) >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return head.Contains("chunked", StringComparison.OrdinalIgnoreCase) && text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }
}
