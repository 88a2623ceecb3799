using Mocean.Server.Protocol;

namespace Mocean.Server.Steps;

/// <summary>The Steps log line the seed's debugging section looks for with journalctl.</summary>
public static partial class StepsLog
{
    public const string Category = "Mocean.Steps";

    /// <summary>The most of a message the log line shows: the reply echoes it whole, the log keeps each line short.</summary>
    public const int LoggedLength = 200;

    /// <summary>Logs <c>Server received message: M</c> (at most <see cref="LoggedLength"/> characters then "...", control characters as '?').</summary>
    public static void Received(ILogger logger, string? message)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogReceived(logger, GameQuery.Clip(message ?? string.Empty, LoggedLength));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Server received message: {Message}")]
    private static partial void LogReceived(ILogger logger, string message);
}
