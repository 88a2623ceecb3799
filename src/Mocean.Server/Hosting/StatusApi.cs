using System.Globalization;
using Mocean.Operations;
using Mocean.Server.Protocol;

namespace Mocean.Server.Hosting;

/// <summary><c>GET /status</c>: version, up since, requests served, log lines dropped, then each service's lines (<see cref="IStatusContributor"/>).</summary>
public static class StatusApi
{
    public static IServiceCollection AddMoceanStatus(this IServiceCollection services) => services.AddSingleton<StartTime>();

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
        var lines = new List<StatusLine>
        {
            new("version", "version", ServerVersion.Text),
            new("up since", "upSince", services.GetRequiredService<StartTime>().UpSince.UtcDateTime
                .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new("requests served", "requestsServed", WireNumbers.Number(RequestLog.Served), RequestLog.Served),
            new("log lines dropped", "logLinesDropped", WireNumbers.Number(services.GetRequiredService<LogQueue>().Dropped),
                services.GetRequiredService<LogQueue>().Dropped),
        };
        foreach (var contributor in services.GetServices<IStatusContributor>())
        {
            lines.AddRange(await contributor.StatusLinesAsync().ConfigureAwait(false));
        }

        var text = string.Join('\n', lines.Select(line => $"{line.Label}: {line.Text}"));
        var json = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            json[line.Name] = line.Value ?? line.Text;
        }

        return Reply.Ok(text, json);
    }
}
