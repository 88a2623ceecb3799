using Microsoft.Extensions.Options;
using Mocean.OceanHosting;

namespace Mocean.Server.Hosting;

/// <summary>
/// Says once, as the server starts, that <c>SequentialIds</c> (<c>--sequential-ids</c>) is the older name of
/// <c>Classic</c> (<c>--classic</c>), so a teacher whose settings file still says it learns what it now does.
/// </summary>
public sealed partial class ClassicAliasWarning(IOptions<ClassicOptions> options, ILogger<ClassicAliasWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SequentialIds)
        {
            LogAlias(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The setting SequentialIds (--sequential-ids) is another name for Classic (--classic): classic mode is on, with the original protocol's ids 0, 1, 2... and replies; say Classic from now on")]
    private static partial void LogAlias(ILogger logger);
}
