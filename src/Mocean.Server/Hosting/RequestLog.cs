using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Mocean.Server.Protocol;

namespace Mocean.Server.Hosting;

/// <summary>
/// Counts requests and logs each as one line (route, status, microseconds) at Debug, or Information when asked;
/// every 4xx refusal also as one line at Information with its explanation (the spec's "malformed requests at
/// Information"), except unknown routes (logged where they are answered) and rate-limited requests (a flood by
/// nature, counted by the limiter instead of filling the log).
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger, Microsoft.Extensions.Options.IOptions<LogOptions> options)
{
    private const int ShownLength = 200;

    private static long served;
    private readonly LogLevel level = options.Value.LogRequests ? LogLevel.Information : LogLevel.Debug;

    /// <summary>Requests served since start.</summary>
    public static long Served => Interlocked.Read(ref served);

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var body = context.Features.Get<IHttpResponseBodyFeature>();
        var capture = body is null || !logger.IsEnabled(LogLevel.Information) ? null : new ResponseBodyWatch(body, context.Response);
        if (capture is not null)
        {
            context.Features.Set<IHttpResponseBodyFeature>(capture);
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (capture is not null)
            {
                context.Features.Set(body);
            }

            Interlocked.Increment(ref served);
            var status = context.Response.StatusCode;
            if (capture is not null && status is >= 400 and < 500 and not StatusCodes.Status429TooManyRequests
                && context.Features.Get<RefusalLine>() is not { Logged: true })
            {
                LogRefused(logger, context.Request.Method, GameQuery.Clip(context.Request.Path.Value ?? "/", ShownLength), status,
                    Explanation(context.Features.Get<RefusalLine>()?.Text ?? capture.Text));
            }

            if (logger.IsEnabled(level))
            {
                var micros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                LogServed(logger, level, context.Request.Path.Value ?? "/", status, micros);
            }
        }
    }

    /// <summary>The first line of the reply, clipped, with control characters shown as <c>?</c> so one request stays one log line.</summary>
    private static string Explanation(string text)
    {
        var line = text.Trim().Split('\n', 2)[0].Trim();
        return line.Length == 0 ? "(no explanation)" : GameQuery.Clip(line, ShownLength);
    }

    [LoggerMessage(Message = "{Route} {Status} {Micros}us")]
    private static partial void LogServed(ILogger logger, LogLevel level, string route, int status, long micros);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Route} {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string route, int status, string reason);
}
