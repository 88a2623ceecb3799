using Orleans;

namespace Mocean.Ocean.Commands;

/// <summary>
/// A request to one ocean, as a value: a player's (<see cref="Player"/>) or the teacher's (<see cref="Teacher"/>).
/// <see cref="OceanGame.Execute{TResult}"/> runs it; the host carries it to the ocean as it is (the records are
/// immutable and serializable, so one grain method carries every command).
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.GameCommand")]
public abstract record GameCommand
{
    /// <summary>False for a command that only reads: it changes nothing to store and is nobody's access.</summary>
    public virtual bool Changes => true;
}

/// <summary>A command whose answer is a <typeparamref name="TResult"/>.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.GameCommand`1")]
public abstract record GameCommand<TResult> : GameCommand
{
    /// <summary>The engine call this command is; a refusal is thrown as <see cref="OceanException"/>.</summary>
    internal abstract TResult RunOn(OceanGame ocean);
}

/// <summary>What an ocean answered a command: its value, or its refusal (never both).</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Outcome`1")]
public sealed record Outcome<TResult>([property: Id(0)] TResult? Value, [property: Id(1)] Refusal? Refusal)
{
    public static Outcome<TResult> Done(TResult value) => new(value, null);

    public static Outcome<TResult> Refused(Refusal refusal) => new(default, refusal);
}

/// <summary>
/// A command the game refuses: what went wrong (<see cref="Error"/>, and so its <see cref="Kind"/>) and one line
/// saying what to send instead. The one shape of an ocean's "no" from the engine to the reply; the HTTP edge
/// maps <see cref="Kind"/> to a 4xx.
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.Refusal")]
public sealed record Refusal([property: Id(0)] OceanError Error, [property: Id(1)] string Line)
{
    public RefusalKind Kind => Error switch
    {
        OceanError.UnknownPlayer or OceanError.UnknownName => RefusalKind.NotFound,
        OceanError.NameInUse or OceanError.IdInUse or OceanError.RoundRefused or OceanError.Full => RefusalKind.Conflict,
        OceanError.RoundForbidden => RefusalKind.Forbidden,
        _ => RefusalKind.Invalid,
    };
}

/// <summary>
/// The kinds of refusal: nobody by that id or name (404), taken or a round rule refusing (409), a request that will
/// not do (400), and what the player's round role or state forbids (403).
/// </summary>
public enum RefusalKind
{
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}
