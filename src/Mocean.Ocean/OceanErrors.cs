using Mocean.Ocean.Commands;
using Orleans;

namespace Mocean.Ocean;

/// <summary>What went wrong with a request; the HTTP layer maps each to a 4xx (see README).</summary>
[GenerateSerializer, Alias("Mocean.OceanError")]
public enum OceanError
{
    /// <summary>No player has this id (404).</summary>
    UnknownPlayer,
    /// <summary>No player has this name: a chat recipient or an admin target (404).</summary>
    UnknownName,
    /// <summary>A name must be 1-20 letters and digits (400).</summary>
    NameInvalid,
    /// <summary>The name is on the blocked word list (400).</summary>
    NameBlocked,
    /// <summary>A player already has this name (409).</summary>
    NameInUse,
    /// <summary>The server gave an id that is already in use (409; the server draws another).</summary>
    IdInUse,
    /// <summary>A control letter that the route does not know (400).</summary>
    BadControl,
    /// <summary>A value out of range: a chat message empty after cleaning, a non-finite coordinate, unplayable settings (400).</summary>
    BadArgument,
    /// <summary>An admin gave an item the game does not know (400).</summary>
    UnknownItem,
    /// <summary>A round rule refuses: out of reach, too soon, a wrong answer, already voted, a meeting on, no round (409).</summary>
    RoundRefused,
    /// <summary>The player's round role or state forbids it: a crewmate's tag, an out player's vote (403).</summary>
    RoundForbidden,
    /// <summary>The ocean has as many players as the join allows (409).</summary>
    Full,
}

/// <summary>
/// A request the engine refuses; <see cref="Exception.Message"/> is one line saying what to send instead. It unwinds
/// the engine's own calls; <see cref="OceanGame.Execute{TResult}"/> turns it into the <see cref="Commands.Refusal"/> hosts see.
/// </summary>
public sealed class OceanException(OceanError error, string message) : Exception(message)
{
    public OceanError Error { get; } = error;

    public Refusal Refusal => new(Error, Message);
}
