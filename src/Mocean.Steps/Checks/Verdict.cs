namespace Mocean.Steps.Checks;

/// <summary>
/// What a check decided about a sent value. Every verdict but <see cref="Solved"/> has a hint,
/// named in a puzzle file by its camel-case name (<c>tooBig</c>, <c>notPrime</c>).
/// </summary>
public enum Verdict
{
    Solved,
    Missing,
    Wrong,
    NotNumber,
    NotInteger,
    Negative,
    Zero,
    One,
    TooBig,
    TooSmall,
    NotPrime,
    OtherFibonacci,
    NotFibonacci,
    WrongCount,
    NotIntegers,
}

/// <summary>A check's decision, with what a hint may say about it (which Fibonacci number, how many items).</summary>
public sealed record Judgement(Verdict Verdict, string? Position = null, int? Count = null)
{
    public static readonly Judgement Solved = new(Verdict.Solved);

    public static implicit operator Judgement(Verdict verdict) => new(verdict);
}

public static class Verdicts
{
    /// <summary>The name a puzzle file uses for a verdict: <c>tooBig</c>.</summary>
    public static string Name(this Verdict verdict)
    {
        var text = verdict.ToString();
        return string.Concat(text[..1].ToLowerInvariant(), text.AsSpan(1));
    }

    public static Verdict? Parse(string name) =>
        Enum.TryParse<Verdict>(name, ignoreCase: true, out var verdict) && verdict != Verdict.Solved
        && !int.TryParse(name, out _) ? verdict : null;

    /// <summary>The hint a puzzle gives when its file does not word one.</summary>
    public static string DefaultHint(this Verdict verdict) => verdict switch
    {
        Verdict.Missing => "Send your answer as {key}=... in the address: {baseUrl}/{route}?{key}=",
        Verdict.Wrong => "Not quite: '{sent}' is not the answer. Try again!",
        Verdict.NotNumber => "'{sent}' is not a number. Send digits, like {key}=12.",
        Verdict.NotInteger => "'{sent}' is a number but not a whole number. The answer is an integer.",
        Verdict.Negative => "'{sent}' is negative. The answer is not.",
        Verdict.Zero => "Zero is not it. Think bigger.",
        Verdict.One => "1 is not a prime number: a prime has exactly two divisors, 1 and itself, and 1 has only one.",
        Verdict.TooBig => "'{sent}' is too big. Try a smaller number.",
        Verdict.TooSmall => "'{sent}' is too small. Try a bigger number.",
        Verdict.NotPrime => "'{sent}' is not a prime number: it can be divided by something other than 1 and itself.",
        Verdict.OtherFibonacci => "'{sent}' is a Fibonacci number, but it is the {position} one, not the one asked for.",
        Verdict.NotFibonacci => "'{sent}' is not a Fibonacci number at all (0, 1, 1, 2, 3, 5, 8, ... each the sum of the two before).",
        Verdict.WrongCount => "You sent {count} items; the answer has {items}. Separate them with commas.",
        Verdict.NotIntegers => "Every item must be a whole number, separated by commas.",
        _ => "Try again!",
    };
}
