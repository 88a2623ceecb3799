using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Mocean.Steps.Checks;

/// <summary>What a sent text is as a number: not one, a fraction, a whole number, or a whole number too long to weigh.</summary>
public enum NumeralKind
{
    NotNumber,
    NotInteger,
    Integer,
    Huge,
}

/// <summary>
/// A sent value read exactly as a decimal number, never through a double: <c>987</c>, <c>987.0</c>, <c>+987</c> and
/// <c>9.87e2</c> are the integer 987 (a fractional part of zeros is whole), while <c>987.00000000000000001</c> is not
/// whole. A whole number of more than <see cref="MaxDigits"/> digits (<c>1e400</c>) is <see cref="NumeralKind.Huge"/>,
/// so no check ever spends long on a hostile megabyte of digits; <see cref="Value"/> then carries only its sign (1 or -1).
/// </summary>
public readonly partial record struct Numeral(NumeralKind Kind, BigInteger Value)
{
    public const int MaxDigits = 60;

    public bool IsInteger => Kind == NumeralKind.Integer;

    /// <summary>True for a negative whole number, huge or not.</summary>
    public bool IsNegative => Kind is NumeralKind.Integer or NumeralKind.Huge && Value.Sign < 0;

    public static Numeral Read(string text)
    {
        var match = Decimal().Match(text.Trim());
        if (!match.Success || (match.Groups["int"].Length == 0 && match.Groups["frac"].Length == 0))
        {
            return new Numeral(NumeralKind.NotNumber, BigInteger.Zero);
        }

        var negative = match.Groups["sign"].Value == "-";
        var fraction = match.Groups["frac"].Value.TrimEnd('0');
        var digits = string.Concat(match.Groups["int"].Value, fraction).TrimStart('0');
        if (digits.Length == 0)
        {
            return new Numeral(NumeralKind.Integer, BigInteger.Zero);
        }

        // The value is digits × 10^scale; an exponent of ten or more digits is beyond any whole number we weigh.
        var exponentText = match.Groups["exp"].Value.TrimStart('0');
        var exponentNegative = match.Groups["esign"].Value == "-";
        if (exponentText.Length > 9)
        {
            return exponentNegative ? new Numeral(NumeralKind.NotInteger, BigInteger.Zero) : Huge(negative);
        }

        var exponent = exponentText.Length == 0 ? 0L : long.Parse(exponentText, CultureInfo.InvariantCulture);
        var scale = (exponentNegative ? -exponent : exponent) - fraction.Length;
        if (scale < 0)
        {
            var zeros = digits.Length - digits.TrimEnd('0').Length;
            if (zeros < -scale)
            {
                return new Numeral(NumeralKind.NotInteger, BigInteger.Zero);
            }

            digits = digits[..(digits.Length + (int)scale)];
            scale = 0;
        }

        if (digits.Length + scale > MaxDigits)
        {
            return Huge(negative);
        }

        var value = BigInteger.Parse(digits, CultureInfo.InvariantCulture) * BigInteger.Pow(10, (int)scale);
        return new Numeral(NumeralKind.Integer, negative ? -value : value);
    }

    private static Numeral Huge(bool negative) => new(NumeralKind.Huge, negative ? BigInteger.MinusOne : BigInteger.One);

    [GeneratedRegex(@"^(?<sign>[+-]?)(?<int>[0-9]*)(\.(?<frac>[0-9]*))?([eE](?<esign>[+-]?)(?<exp>[0-9]+))?$")]
    private static partial Regex Decimal();
}
