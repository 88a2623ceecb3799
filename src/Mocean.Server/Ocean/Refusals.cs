using Mocean.Ocean.Commands;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>
/// The edge of the one error shape: an ocean's <see cref="Refusal"/> comes unchanged from the engine (directly,
/// or through the grain) to here, where its kind becomes the reply's 4xx and its line the reply.
/// </summary>
public static class Refusals
{
    /// <summary>The HTTP status of each kind of refusal (see the engine's README).</summary>
    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>The refusal as the 4xx reply the route writes.</summary>
    public static ProtocolException AsReply(this Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new ProtocolException(StatusOf(refusal.Kind), refusal.Line);
    }

    /// <summary>The value of an ocean's answer, or its refusal as a 4xx.</summary>
    public static T ValueOrRefusal<T>(this Outcome<T> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Refusal is { } refusal ? throw refusal.AsReply() : outcome.Value!;
    }
}
