using System.Collections.Immutable;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Mocean.Steps.Checks;

/// <summary>
/// Solved by the Fibonacci number at position <see cref="Index"/> of 0, 1, 1, 2, 3, ... (counting from 1);
/// another Fibonacci number is told which position it holds.
/// </summary>
public sealed record FibonacciIndexCheck(int Index) : Check
{
    public const int MaxIndex = 250;

    public override string Kind => "fibonacci-index";

    public override IReadOnlyList<Verdict> Hints { get; } =
        [Verdict.Missing, Verdict.NotNumber, Verdict.NotInteger, Verdict.Negative, Verdict.TooBig, Verdict.OtherFibonacci, Verdict.NotFibonacci];

    /// <summary>The Fibonacci number at a position counted from 1: <c>At(1) = 0</c>, <c>At(17) = 987</c>.</summary>
    public static BigInteger At(int position)
    {
        BigInteger previous = 0, current = 1;
        for (var i = 1; i < position; i++)
        {
            (previous, current) = (current, previous + current);
        }

        return previous;
    }

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

        if (value == At(Index))
        {
            return Judgement.Solved;
        }

        var positions = new List<int>();
        BigInteger previous = 0, current = 1;
        for (var position = 1; previous <= value; position++)
        {
            if (previous == value)
            {
                positions.Add(position);
            }

            (previous, current) = (current, previous + current);
        }

        return positions.Count == 0
            ? Verdict.NotFibonacci
            : new Judgement(Verdict.OtherFibonacci, Position: string.Join(" and ", positions.Select(Ordinal)));
    }

    /// <summary>1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st.</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
    }
}

/// <summary>Solved by a list of integers in order, separated by commas (spaces allowed, brackets forgiven).</summary>
public sealed partial record IntegerListCheck(ImmutableArray<BigInteger> Answer) : Check
{
    public override string Kind => "integer-list";

    public override IReadOnlyList<Verdict> Hints { get; } =
        [Verdict.Missing, Verdict.WrongCount, Verdict.NotIntegers, Verdict.Wrong];

    public override Judgement Judge(string sent)
    {
        var items = Separators().Split(sent.Trim().Trim('[', ']', '(', ')').Trim())
            .Where(item => item.Length > 0).ToList();
        if (items.Count != Answer.Length)
        {
            return new Judgement(Verdict.WrongCount, Count: items.Count);
        }

        var values = new List<BigInteger>(items.Count);
        foreach (var item in items)
        {
            var numeral = Numeral.Read(item);
            if (!numeral.IsInteger)
            {
                return Verdict.NotIntegers;
            }

            values.Add(numeral.Value);
        }

        return values.SequenceEqual(Answer) ? Judgement.Solved : Verdict.Wrong;
    }

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex Separators();
}

/// <summary>Solved by visiting the route: nothing to send.</summary>
public sealed record VisitCheck : Check
{
    public override string Kind => "visit";

    public override IReadOnlyList<Verdict> Hints { get; } = [];

    public override Judgement Judge(string sent) => Judgement.Solved;
}
