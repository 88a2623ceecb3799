using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Operations;
using Mocean.Operations.Backup;
using Mocean.Operations.Settings;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Formats;
using Mocean.Research.Query;
using Mocean.Research.Store;


namespace Mocean.Server.Research;

/// <summary>
/// The research data service in the server: the store in the data directory (one writer: this process),
/// the samples published at first start, the teaching API, tabledap and its admin routes.
/// </summary>
public static partial class ResearchSetup
{
    /// <summary>Descriptors a teacher drops here are built at start.</summary>
    public const string DescriptorFolder = "datasets";

    public static IServiceCollection AddResearch(this IServiceCollection services) =>
        services
            .AddSettings<DataServiceOptions>()
            .AddSingleton(provider =>
            {
                var options = provider.GetRequiredService<IOptions<StoreOptions>>().Value;
                var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Mocean.Research");
                Directory.CreateDirectory(options.DataPath);
                var service = new DataService(new DuckStore(Path.Combine(options.DataPath, DataService.StoreFile)), provider.GetRequiredService<MoceanClock>(),
                    new QueryLimits(provider.GetRequiredService<IOptions<DataServiceOptions>>().Value.RowCap, QueryLimits.DefaultTimeout));
                var reports = service.PublishMissing(SampleDatasets.All(), Path.Combine(options.DataPath, DescriptorFolder),
                    (id, reason) => LogNotPublished(logger, id, reason));
                foreach (var report in reports)
                {
                    LogPublished(logger, report.Summary);
                }

                return service;
            })
            .AddTeachingReplies()
            .AddSingleton<ApiKeys>()
            .AddSingleton<IBackupParticipant, ResearchBackup>()
            .AddSingleton<IStatusContributor, ResearchStatus>();

    /// <summary>The teaching replies' cache: in memory only, the replies at most <see cref="TeachingReplies.MaxBytes"/> together.</summary>
    public static IServiceCollection AddTeachingReplies(this IServiceCollection services)
    {
        services.AddMemoryCache(memory => memory.SizeLimit = TeachingReplies.MaxBytes);
        services.AddHybridCache(hybrid =>
        {
            hybrid.MaximumPayloadBytes = TeachingReplies.MaxReplyBytes;
            hybrid.MaximumKeyLength = 16 * 1024; // a key holds the query as sent, up to a request line's length
        });

        // The cache reports a reply over MaximumPayloadBytes as an error each time; not keeping it is this policy.
        services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Caching.Hybrid", LogLevel.Critical));
        return services.AddSingleton<TeachingReplies>();
    }

    public static WebApplication MapResearch(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<DataService>();
        app.UseMiddleware<CorsAndKeys>();
        app.MapTeachingApi();
        app.MapTabledap();
        app.MapSearch();
        app.MapResearchAdmin();
        app.Lifetime.ApplicationStarted.Register(() => RunningServer.Announce(app));
        app.Lifetime.ApplicationStarted.Register(() => _ = WarmAsync(app));
        app.Lifetime.ApplicationStopping.Register(() => RunningServer.Withdraw(app));
        return app;
    }

    /// <summary>How long after start the warm-up waits, so it does not compete with the server's first requests.</summary>
    public static readonly TimeSpan WarmAfter = TimeSpan.FromSeconds(1);

    /// <summary>Warms the store and the formats in the background, so readiness waits for none of it.</summary>
    private static async Task WarmAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Mocean.Research");
        try
        {
            await Task.Delay(WarmAfter, app.Lifetime.ApplicationStopping).ConfigureAwait(false);
            var took = await Task.Run(() => Warmer.WarmAsync(app.Services.GetRequiredService<DataService>(), app.Lifetime.ApplicationStopping)).ConfigureAwait(false);
            LogWarmed(logger, took.TotalMilliseconds);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The server is stopping: the warm-up was only a head start, nothing to report.
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or QueryException)
        {
            LogNotWarmed(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data sets warmed in {Milliseconds:F0} ms")]
    private static partial void LogWarmed(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Warming the data sets stopped: {Reason}")]
    private static partial void LogNotWarmed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Summary}")]
    private static partial void LogPublished(ILogger logger, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data set {Id} not published: {Reason}")]
    private static partial void LogNotPublished(ILogger logger, string id, string reason);
}
