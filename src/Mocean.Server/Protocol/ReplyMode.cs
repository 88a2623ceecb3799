namespace Mocean.Server.Protocol;

/// <summary>How a text route's reply is written: plain text, a small HTML page, or JSON.</summary>
public enum ReplyMode
{
    Text,
    Browser,
    Json,
}

public static class ReplyModes
{
    /// <summary><c>format=json</c> wins over <c>client=browser</c>; anything else is plain text.</summary>
    public static ReplyMode Of(HttpRequest request)
    {
        var query = request.Query;
        if (query.TryGetValue("format", out var format) && format.Count == 1
            && string.Equals(format.ToString().Trim(), "json", StringComparison.OrdinalIgnoreCase))
        {
            return ReplyMode.Json;
        }

        if (query.TryGetValue("client", out var client) && client.Count == 1
            && string.Equals(client.ToString().Trim(), "browser", StringComparison.OrdinalIgnoreCase))
        {
            return ReplyMode.Browser;
        }

        return ReplyMode.Text;
    }
}
