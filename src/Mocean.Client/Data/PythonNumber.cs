using System.Globalization;

namespace Mocean.Client.Data;

/// <summary>
/// Writes a number the way Python's <c>str(float)</c> does (<c>1641340800.0</c>, <c>0.0001</c>,
/// <c>1e-05</c>, <c>1e+16</c>), because erddapy builds its URLs with it and our URLs must match.
/// </summary>
public static class PythonNumber
{
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest.StartsWith('-');
        var (digits, point) = Digits(negative ? shortest[1..] : shortest);
        var sign = negative ? "-" : string.Empty;
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }

        if (point <= -4 || point > 16)
        {
            var exponent = point - 1;
            var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
            return string.Create(CultureInfo.InvariantCulture, $"{sign}{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}");
        }

        if (point <= 0)
        {
            return sign + "0." + new string('0', -point) + digits;
        }

        return point >= digits.Length
            ? sign + digits + new string('0', point - digits.Length) + ".0"
            : sign + digits[..point] + "." + digits[point..];
    }

    /// <summary>The significant digits (no leading or trailing zeros) and where the decimal point goes: value = 0.DIGITS × 10^point.</summary>
    private static (string Digits, int Point) Digits(string text)
    {
        var e = text.IndexOfAny(['E', 'e']);
        var exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var all = dot < 0 ? mantissa : whole + mantissa[(dot + 1)..];
        var point = whole.Length + exponent;
        var trimmed = all.TrimStart('0');
        point -= all.Length - trimmed.Length;
        return (trimmed.TrimEnd('0'), point);
    }
}
