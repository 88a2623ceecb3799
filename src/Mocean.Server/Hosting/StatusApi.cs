using Mocean.Operations;
using Mocean.Server.Protocol;

namespace Mocean.Server.Hosting;

/// <summary><c>GET /status</c>: the report of <see cref="StatusReport"/>, whose first contributor is the web host's own lines.</summary>
public static class StatusApi
{
    /// <summary>Adds the report and, before any service adds its own, the web host's lines (so they come first).</summary>
    public static IServiceCollection AddMoceanStatus(this IServiceCollection services) =>
        services.AddSingleton<StartTime>().AddSingleton<StatusReport>().AddSingleton<IStatusContributor, HostStatus>();

    public static WebApplication MapStatus(this WebApplication app)
    {
        // Start the clock with the server, not with the first /status request.
        app.Services.GetRequiredService<StartTime>();
        app.MapText("/status", request => StatusAsync(request.Context.RequestServices))
            .WithSummary("How the server is doing: version, up since, requests served, log lines dropped, players, data sets")
            .WithTags("Home");
        return app;
    }

    internal static async Task<Reply> StatusAsync(IServiceProvider services)
    {
        var (text, json) = await services.GetRequiredService<StatusReport>().GatherAsync().ConfigureAwait(false);
        return Reply.Ok(text, json);
    }

    /// <summary>The web host's lines: requests served and log lines dropped.</summary>
    private sealed class HostStatus(LogQueue log) : IStatusContributor
    {
        public ValueTask<IEnumerable<StatusLine>> StatusLinesAsync() => ValueTask.FromResult<IEnumerable<StatusLine>>(
        [
            new("requests served", "requestsServed", WireNumbers.Number(RequestLog.Served), RequestLog.Served),
            new("log lines dropped", "logLinesDropped", WireNumbers.Number(log.Dropped), log.Dropped),
        ]);
    }
}
