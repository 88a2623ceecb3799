using Mocean.Steps.Book;

namespace Mocean.Server.Steps;

/// <summary>The Steps log line the seed's debugging section looks for with journalctl.</summary>
public static partial class StepsLog
{
    public const string Category = "Mocean.Steps";

    /// <summary>Logs <c>Server received message: M</c> (at most 200 characters, control characters as '?').</summary>
    public static void Received(ILogger logger, string? message)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogReceived(logger, Puzzle.Shown(message ?? string.Empty));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Server received message: {Message}")]
    private static partial void LogReceived(ILogger logger, string message);
}
