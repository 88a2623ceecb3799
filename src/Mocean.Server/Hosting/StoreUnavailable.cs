using Microsoft.Data.Sqlite;
using Mocean.Server.Protocol;
using Npgsql;
using Orleans.Serialization;

namespace Mocean.Server.Hosting;

/// <summary>
/// A request that needed the game's store (the cluster's PostgreSQL, or a server's own SQLite files) or another server of
/// the cluster while it could not be reached: 503 with <c>Retry-After</c> and one line, instead of a 500. Such failures
/// surface as the store's own exception (Npgsql's, SQLite's) where the grain or the store ran in this process, as Orleans'
/// stand-in for it where it ran on another server, and as Orleans' own when the other server is gone or too slow (its
/// time-out, a rejected or unroutable message); each is looked for down the chain of causes. Nothing else is: a failure of
/// the data sets' DuckDB, or a time-out that is not Orleans', takes its own path (the data service's reply, or the 500 of
/// a failure the server did not expect). Each is logged as one warning line (no stack trace: an outage fails many
/// requests the same way).
/// </summary>
public sealed partial class StoreUnavailable(RequestDelegate next, ILogger<StoreUnavailable> logger)
{
    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Line = "the game cannot be reached just now (its store, or the server holding this ocean); try again in a few seconds";

    /// <summary>How Orleans' own time-outs begin: a grain call unanswered in its response time-out, a grain it could not place.</summary>
    private static readonly string[] OrleansTimeouts = ["Response did not arrive on time", "Grain placement operation timed out"];

    /// <summary>The namespaces of the game's stores' exceptions, as Orleans names a type it could not bring across.</summary>
    private static readonly string[] GameStores = ["Npgsql.", "Microsoft.Data.Sqlite."];

    /// <summary>True when <paramref name="failure"/> (or a cause of it) says the store or another server is out of reach.</summary>
    public static bool Is(Exception? failure)
    {
        for (var depth = 0; failure is not null && depth < 8; depth++)
        {
            if (failure is NpgsqlException or SqliteException or SiloUnavailableException or OrleansMessageRejectionException
                || (failure is TimeoutException && BeginsWithAny(failure.Message, OrleansTimeouts))
                || (failure is UnavailableExceptionFallbackException { ExceptionType: { } type } && BeginsWithAny(type, GameStores))
                || (failure is AggregateException many && many.InnerExceptions.Any(Is)))
            {
                return true;
            }

            failure = failure.InnerException;
        }

        return false;
    }

    private static bool BeginsWithAny(string text, string[] beginnings) =>
        beginnings.Any(beginning => text.StartsWith(beginning, StringComparison.Ordinal));

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception failure) when (Is(failure) && !context.Response.HasStarted)
        {
            LogUnavailable(logger, context.Request.Path.Value ?? "/", failure.GetType().Name, failure.Message.ReplaceLineEndings(" "));
            context.Response.Clear();
            await AnswerAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>The 503 with Retry-After and its line (JSON with <c>format=json</c>).</summary>
    public static Task AnswerAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reply = Reply.Error(StatusCodes.Status503ServiceUnavailable, Line) with
        {
            Headers = new Dictionary<string, string> { ["Retry-After"] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return ReplyWriter.WriteAsync(context, reply, ReplyModes.Of(context.Request));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} answered 503: the store or another server is out of reach ({Kind}: {Why})")]
    private static partial void LogUnavailable(ILogger logger, string path, string kind, string why);
}
