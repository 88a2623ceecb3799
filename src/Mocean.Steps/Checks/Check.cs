using System.Collections.Immutable;
using System.Numerics;

namespace Mocean.Steps.Checks;

/// <summary>
/// How a puzzle decides whether a sent value solves it. The kinds are a small fixed set, named in puzzle
/// files: <c>exact</c>, <c>integer</c>, <c>prime-above</c>, <c>fibonacci-index</c>, <c>integer-list</c>, <c>visit</c>.
/// </summary>
public abstract record Check
{
    /// <summary>The kind's name in a puzzle file.</summary>
    public abstract string Kind { get; }

    /// <summary>The verdicts this kind can give besides <see cref="Verdict.Solved"/>: the hints a file may word.</summary>
    public abstract IReadOnlyList<Verdict> Hints { get; }

    /// <summary>Judges a sent value (never null: a missing value is judged before a check sees it).</summary>
    public abstract Judgement Judge(string sent);

    /// <summary>
    /// Reads a sent value exactly as an integer, or says why it is not one: not a number, not whole, or too long to
    /// weigh (too big when positive, <paramref name="hugeNegative"/> when negative).
    /// </summary>
    protected static Judgement? NotAnInteger(string sent, Verdict hugeNegative, out BigInteger value)
    {
        var numeral = Numeral.Read(sent);
        value = numeral.Value;
        return numeral.Kind switch
        {
            NumeralKind.NotNumber => Verdict.NotNumber,
            NumeralKind.NotInteger => Verdict.NotInteger,
            NumeralKind.Huge => numeral.IsNegative ? hugeNegative : Verdict.TooBig,
            _ => null,
        };
    }
}

/// <summary>Solved by one of a few words: case and white space around and inside are forgiven.</summary>
public sealed record ExactCheck(ImmutableArray<string> Accepted) : Check
{
    public override string Kind => "exact";

    public override IReadOnlyList<Verdict> Hints { get; } = [Verdict.Missing, Verdict.Wrong];

    public override Judgement Judge(string sent)
    {
        var words = Normalize(sent);
        return Accepted.Any(accepted => string.Equals(Normalize(accepted), words, StringComparison.OrdinalIgnoreCase))
            ? Judgement.Solved
            : Verdict.Wrong;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

/// <summary>Solved by one integer; other integers are told whether they are too big or too small.</summary>
public sealed record IntegerCheck(BigInteger Answer) : Check
{
    public override string Kind => "integer";

    public override IReadOnlyList<Verdict> Hints { get; } =
        [Verdict.Missing, Verdict.NotNumber, Verdict.NotInteger, Verdict.Negative, Verdict.TooBig, Verdict.TooSmall];

    public override Judgement Judge(string sent)
    {
        if (NotAnInteger(sent, Answer.Sign >= 0 ? Verdict.Negative : Verdict.TooSmall, out var value) is { } refusal)
        {
            return refusal;
        }

        return value == Answer ? Judgement.Solved
            : value.Sign < 0 && Answer.Sign >= 0 ? Verdict.Negative
            : value > Answer ? Verdict.TooBig
            : Verdict.TooSmall;
    }
}

/// <summary>Solved by any prime number greater than <see cref="Above"/>.</summary>
public sealed record PrimeAboveCheck(long Above) : Check
{
    public override string Kind => "prime-above";

    public override IReadOnlyList<Verdict> Hints { get; } =
        [Verdict.Missing, Verdict.NotNumber, Verdict.NotInteger, Verdict.Negative, Verdict.Zero, Verdict.One, Verdict.TooBig, Verdict.NotPrime, Verdict.TooSmall];

    public override Judgement Judge(string sent)
    {
        if (NotAnInteger(sent, Verdict.Negative, out var value) is { } refusal)
        {
            return refusal;
        }

        if (value.Sign < 0)
        {
            return Verdict.Negative;
        }

        if (value.IsZero)
        {
            return Verdict.Zero;
        }

        if (value.IsOne)
        {
            return Verdict.One;
        }

        if (value > long.MaxValue)
        {
            return Verdict.TooBig;
        }

        return !Primes.IsPrime((long)value) ? Verdict.NotPrime
            : value <= Above ? Verdict.TooSmall
            : Judgement.Solved;
    }
}
