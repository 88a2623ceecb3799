using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mocean.Server.Protocol;

/// <summary>Writes a <see cref="Reply"/> in the mode the request asked for. The one place replies are rendered.</summary>
public static partial class ReplyWriter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string PlainType = "text/plain; charset=utf-8";
    private const string HtmlType = "text/html; charset=utf-8";
    private const string JsonType = "application/json; charset=utf-8";

    public static Task WriteAsync(HttpContext context, Reply reply, ReplyMode mode)
    {
        var response = context.Response;
        response.StatusCode = reply.Status;
        if (reply.IsError)
        {
            RefusalLine.Note(context, reply.Text);
        }

        if (reply.Headers is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }
        }

        switch (mode)
        {
            case ReplyMode.Json:
                response.ContentType = JsonType;
                object body = reply.IsError
                    ? new ErrorBody(reply.Text)
                    : reply.Json ?? new TextBody(reply.Text);
                return JsonSerializer.SerializeAsync(response.Body, body, body.GetType(), Json, context.RequestAborted);
            case ReplyMode.Browser:
                response.ContentType = HtmlType;
                var page = Page(Title(context), reply.Text, TextRequest.BaseUrlOf(context), Inputs(context.Request), reply.Linked);
                return response.WriteAsync(page, context.RequestAborted);
            default:
                response.ContentType = PlainType;
                return response.WriteAsync(reply.Text, context.RequestAborted);
        }
    }

    /// <summary>
    /// A small monospace page: every character of the text escaped, and the server's own URLs in it links. A URL is
    /// linked only when it is on this server's address (<paramref name="baseUrl"/>) and the request did not bring that
    /// address itself (<paramref name="inputs"/>: its path, keys and values), so no echoed text ever becomes a link.
    /// A URL ends at white space, or, when it follows a quote, at the closing quote.
    /// </summary>
    public static string Page(string title, string text, string baseUrl, IEnumerable<string> inputs, bool linked = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var html = new StringBuilder(text.Length + 400);
        html.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title><style>body{font-family:monospace;margin:2em;max-width:60em}pre{white-space:pre-wrap}</style></head>\n<body><pre>");
        var echoed = inputs.Any(input => input.Contains(baseUrl, StringComparison.OrdinalIgnoreCase));
        var last = 0;
        foreach (var (index, length) in linked && !echoed ? OwnUrls(text, baseUrl) : [])
        {
            var url = text.Substring(index, length);
            html.Append(WebUtility.HtmlEncode(text[last..index]))
                .Append("<a href=\"").Append(WebUtility.HtmlEncode(Href(url))).Append("\">")
                .Append(WebUtility.HtmlEncode(url)).Append("</a>");
            last = index + length;
        }

        html.Append(WebUtility.HtmlEncode(text[last..])).Append("</pre></body></html>\n");
        return html.ToString();
    }

    /// <summary>Where each URL on <paramref name="baseUrl"/> stands in the text, whole.</summary>
    internal static IEnumerable<(int Index, int Length)> OwnUrls(string text, string baseUrl)
    {
        foreach (Match start in UrlStart().Matches(text))
        {
            var index = start.Index;
            var quote = index > 0 && text[index - 1] is '\'' or '"' ? text[index - 1] : (char?)null;
            var lineEnd = text.IndexOf('\n', index) is var n and >= 0 ? n : text.Length;
            var end = quote is { } q && text.IndexOf(q, index, lineEnd - index) is var closing and >= 0
                ? closing
                : EndOfWord(text, index);
            if (quote is null)
            {
                while (end > index && text[end - 1] is '.' or ',' or ';' or ':' or '!' or ')')
                {
                    end--;
                }
            }

            var url = text[index..end];
            if (url.StartsWith(baseUrl, StringComparison.Ordinal) && (url.Length == baseUrl.Length || url[baseUrl.Length] is '/' or '?' or '#'))
            {
                yield return (index, end - index);
            }
        }
    }

    private static int EndOfWord(string text, int index)
    {
        var end = index;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>The URL as an address: characters a URL may not hold as they are (space, quotes, angle brackets) percent-encoded.</summary>
    private static string Href(string url)
    {
        var href = new StringBuilder(url.Length + 16);
        foreach (var c in url)
        {
            if (c is ' ' or '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}' || char.IsControl(c))
            {
                href.Append(CultureInfo.InvariantCulture, $"%{(int)c:X2}");
            }
            else
            {
                href.Append(c);
            }
        }

        return href.ToString();
    }

    /// <summary>What the request brought that a reply may echo: its path, and every key and value of its query.</summary>
    private static IEnumerable<string> Inputs(HttpRequest request) =>
        request.Query.SelectMany(pair => pair.Value.Select(value => value ?? string.Empty).Prepend(pair.Key))
            .Prepend(request.Path.Value ?? string.Empty);

    private static string Title(HttpContext context) => "Mocean " + context.Request.Path.Value;

    [GeneratedRegex("https?://")]
    private static partial Regex UrlStart();

    private sealed record ErrorBody(string Error);

    private sealed record TextBody(string Reply);
}
