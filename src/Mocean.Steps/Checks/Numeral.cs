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
/// A sent value read forgivingly as a number: <c>987</c>, <c>987.0</c>, <c>+987</c> and <c>9.87e2</c> are all
/// the integer 987; a whole number of more than <see cref="MaxDigits"/> digits is <see cref="NumeralKind.Huge"/>
/// so no check ever spends long on a hostile megabyte of digits.
/// </summary>
public readonly partial record struct Numeral(NumeralKind Kind, BigInteger Value)
{
    public const int MaxDigits = 60;

    public bool IsInteger => Kind == NumeralKind.Integer;

    public static Numeral Read(string text)
    {
        var trimmed = text.Trim();
        var match = WholeNumber().Match(trimmed);
        if (match.Success)
        {
            var digits = match.Groups["digits"].Value.TrimStart('0');
            if (digits.Length > MaxDigits)
            {
                return new Numeral(NumeralKind.Huge, BigInteger.Zero);
            }

            var value = digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, CultureInfo.InvariantCulture);
            return new Numeral(NumeralKind.Integer, match.Groups["sign"].Value == "-" ? -value : value);
        }

        if (trimmed.Length > 400
            || !double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            return new Numeral(NumeralKind.NotNumber, BigInteger.Zero);
        }

        if (Math.Floor(number) != number)
        {
            return new Numeral(NumeralKind.NotInteger, BigInteger.Zero);
        }

        return Math.Abs(number) >= 1e60
            ? new Numeral(NumeralKind.Huge, BigInteger.Zero)
            : new Numeral(NumeralKind.Integer, new BigInteger(number));
    }

    [GeneratedRegex(@"^(?<sign>[+-]?)(?<digits>[0-9]+)(\.0*)?$")]
    private static partial Regex WholeNumber();
}
