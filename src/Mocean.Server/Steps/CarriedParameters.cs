using System.Text;
using Mocean.Server.Protocol;

namespace Mocean.Server.Steps;

/// <summary>
/// What a Steps reply's own links carry on from the request: the player's <c>name</c> (so progress counts
/// whoever follows the links) and the reply mode (<c>client=browser</c>, so the next page has links too;
/// <c>format=json</c>, so a program gets JSON again), and nothing else.
/// </summary>
public sealed record CarriedParameters(string Query)
{
    public static readonly CarriedParameters None = new(string.Empty);

    public static CarriedParameters Of(TextRequest request, string? name)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = new List<string>(3);
        if (name is not null)
        {
            parts.Add("name=" + Uri.EscapeDataString(name));
        }

        var mode = ReplyModes.Of(request.Context.Request);
        if (mode == ReplyMode.Browser)
        {
            parts.Add("client=browser");
        }
        else if (mode == ReplyMode.Json)
        {
            parts.Add("format=json");
        }

        return new(string.Join('&', parts));
    }

    /// <summary>The URL with the carried parameters first in its query, so an answer typed at its end still ends it.</summary>
    public string Onto(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Query.Length == 0)
        {
            return url;
        }

        var question = url.IndexOf('?', StringComparison.Ordinal);
        return question < 0
            ? url + "?" + Query
            : url[..(question + 1)] + Query + (question + 1 < url.Length ? "&" + url[(question + 1)..] : string.Empty);
    }

    /// <summary>
    /// The text with the carried parameters on every link to this server in it, except a URL in quotes
    /// (a line of a program, which adds its own value at the end).
    /// </summary>
    public string Into(string text, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Query.Length == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 64);
        var last = 0;
        foreach (var (index, length) in ReplyWriter.OwnUrls(text, baseUrl))
        {
            if (index > 0 && text[index - 1] is '\'' or '"')
            {
                continue;
            }

            result.Append(text, last, index - last).Append(Onto(text.Substring(index, length)));
            last = index + length;
        }

        return result.Append(text, last, text.Length - last).ToString();
    }
}
