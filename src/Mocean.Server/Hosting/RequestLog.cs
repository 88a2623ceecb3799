using System.Diagnostics;

namespace Mocean.Server.Hosting;

/// <summary>Counts requests and logs each as one line (route, status, microseconds) at Debug, or Information when asked.</summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger, Microsoft.Extensions.Options.IOptions<MoceanOptions> options)
{
    private static long served;
    private readonly LogLevel level = options.Value.LogRequests ? LogLevel.Information : LogLevel.Debug;

    /// <summary>Requests served since start.</summary>
    public static long Served => Interlocked.Read(ref served);

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Increment(ref served);
            if (logger.IsEnabled(level))
            {
                var micros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                LogServed(logger, level, context.Request.Path.Value ?? "/", context.Response.StatusCode, micros);
            }
        }
    }

    [LoggerMessage(Message = "{Route} {Status} {Micros}us")]
    private static partial void LogServed(ILogger logger, LogLevel level, string route, int status, long micros);
}
