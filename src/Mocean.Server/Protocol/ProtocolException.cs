namespace Mocean.Server.Protocol;

/// <summary>
/// A request the server refuses with a 4xx and one line that says what to send instead.
/// Thrown by the query helpers and by handlers; turned into a reply at the edge, never a 5xx.
/// </summary>
public sealed class ProtocolException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static ProtocolException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static ProtocolException NotFound(string message) => new(StatusCodes.Status404NotFound, message);
}
