using System.Globalization;
using System.Reflection;
using Mocean.OceanHosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Hosting;

/// <summary>One line of <c>/status</c>: a label a person reads, a JSON name, the text, and the value for JSON.</summary>
/// <param name="Label">e.g. <c>players per ocean</c>.</param>
/// <param name="Name">the JSON field, e.g. <c>playersPerOcean</c>.</param>
/// <param name="Text">e.g. <c>main 3, class7 0</c>.</param>
/// <param name="Value">e.g. a dictionary <c>{"main": 3, "class7": 0}</c>; the text when null.</param>
public sealed record StatusLine(string Label, string Name, string Text, object? Value = null);

/// <summary>
/// A service that adds lines to <c>/status</c> (the ocean: players per ocean; the data service: data sets
/// loaded). Register with <c>services.AddSingleton&lt;IStatusContributor, MyStatus&gt;()</c>; it is asked on
/// every <c>/status</c> request, so it answers from memory, quickly.
/// </summary>
public interface IStatusContributor
{
    ValueTask<IEnumerable<StatusLine>> StatusLinesAsync();
}

/// <summary>When the server started.</summary>
public sealed class StartTime(MoceanClock time)
{
    public DateTimeOffset UpSince { get; } = time.GetUtcNow();
}

/// <summary><c>GET /status</c>: version, up since, requests served, log lines dropped, then each service's lines.</summary>
public static class StatusApi
{
    public static string Version { get; } =
        typeof(StatusApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

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
            new("version", "version", Version),
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
