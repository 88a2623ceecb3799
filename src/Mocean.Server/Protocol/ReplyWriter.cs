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
                return response.WriteAsync(Page(Title(context), reply.Text), context.RequestAborted);
            default:
                response.ContentType = PlainType;
                return response.WriteAsync(reply.Text, context.RequestAborted);
        }
    }

    /// <summary>A small monospace page: every character of the text escaped, every URL in it a link.</summary>
    public static string Page(string title, string text)
    {
        var html = new StringBuilder(text.Length + 400);
        html.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title><style>body{font-family:monospace;margin:2em;max-width:60em}pre{white-space:pre-wrap}</style></head>\n<body><pre>");
        var last = 0;
        foreach (Match match in UrlPattern().Matches(text))
        {
            html.Append(WebUtility.HtmlEncode(text[last..match.Index]));
            var url = WebUtility.HtmlEncode(match.Value);
            html.Append("<a href=\"").Append(url).Append("\">").Append(url).Append("</a>");
            last = match.Index + match.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[last..])).Append("</pre></body></html>\n");
        return html.ToString();
    }

    private static string Title(HttpContext context) => "Mocean " + context.Request.Path.Value;

    [GeneratedRegex(@"https?://[^\s<>""']+")]
    private static partial Regex UrlPattern();

    private sealed record ErrorBody(string Error);

    private sealed record TextBody(string Reply);
}
