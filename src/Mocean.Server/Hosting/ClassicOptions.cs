using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Mocean.Server.Hosting;

/// <summary>
/// The original club's V3.14 protocol for a class that trusts itself: ids 0, 1, 2... per ocean that anyone may
/// use, the original's replies and refusals where a program could depend on them (docs/teaching-with-mocean.md).
/// </summary>
public sealed class ClassicOptions
{
    [Display(Description = "The original club's protocol (V3.14) for its notebooks and clients: ids 0, 1, 2... that anyone may use, and the original's replies; only for a class that trusts each other.")]
    public bool Classic { get; set; }

    /// <summary>The older name of <see cref="Classic"/>, still accepted; the server says once in its log that it is an alias (<see cref="ClassicAliasWarning"/>).</summary>
    [Display(Description = "The older name of --classic, still accepted (the log says so once).")]
    public bool SequentialIds { get; set; }

    /// <summary>True when classic mode is on, by its own name or the older one.</summary>
    public bool ClassicMode => Classic || SequentialIds;
}

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
