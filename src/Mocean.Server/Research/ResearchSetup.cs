using Microsoft.Extensions.Options;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Store;
using Mocean.Server.Hosting;

using Mocean.Server.Hosting.Backup;

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
            .AddSingleton(provider =>
            {
                var options = provider.GetRequiredService<IOptions<MoceanOptions>>().Value;
                var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Mocean.Research");
                Directory.CreateDirectory(options.DataPath);
                var service = new DataService(new DuckStore(Path.Combine(options.DataPath, DataService.StoreFile)), TimeProvider.System);
                var reports = service.PublishMissing(SampleDatasets.All(), Path.Combine(options.DataPath, DescriptorFolder),
                    (id, reason) => LogNotPublished(logger, id, reason));
                foreach (var report in reports)
                {
                    LogPublished(logger, report.Summary);
                }

                return service;
            })
            .AddSingleton(provider => new TeachingReplies(provider.GetRequiredService<DataService>()))
            .AddSingleton<ApiKeys>()
            .AddSingleton<IBackupParticipant, ResearchBackup>()
            .AddSingleton<IStatusContributor, ResearchStatus>();

    public static WebApplication MapResearch(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<DataService>();
        app.UseMiddleware<CorsAndKeys>();
        app.MapTeachingApi();
        app.MapTabledap();
        app.MapResearchAdmin();
        app.Lifetime.ApplicationStarted.Register(() => RunningServer.Announce(app));
        app.Lifetime.ApplicationStopping.Register(() => RunningServer.Withdraw(app));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Summary}")]
    private static partial void LogPublished(ILogger logger, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data set {Id} not published: {Reason}")]
    private static partial void LogNotPublished(ILogger logger, string id, string reason);
}
