using System.Globalization;

namespace Mocean.Research.Formats;

/// <summary>
/// A double as Python writes it (<c>repr</c>, and so <c>json.dumps</c>): the shortest digits that read back to
/// the same value, always with a decimal point or an exponent (<c>1.0</c>, <c>4200.0</c>, <c>0.000179</c>),
/// exponent form below 1e-4 and from 1e16 (<c>8.99e-05</c>, <c>1e+16</c>). The original teaching API served
/// its numbers this way, so a Python client printing a value prints what it printed against the original.
/// </summary>
public static class PythonNumber
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            return double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }

        var sign = double.IsNegative(value) ? "-" : string.Empty;
        if (value == 0)
        {
            return sign + "0.0";
        }

        // .NET's "R" gives the same shortest digits as Python's repr; only the layout differs.
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? text : text[..e];
        var exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var all = whole + (dot < 0 ? string.Empty : mantissa[(dot + 1)..]);
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var power = exponent + whole.Length - 1 - leadingZeros; // the power of ten of the first digit
        var digits = all.Trim('0');

        if (power is < -4 or >= 16)
        {
            var scientific = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            return sign + scientific + "e" + (power < 0 ? "-" : "+") + Math.Abs(power).ToString("00", CultureInfo.InvariantCulture);
        }

        if (power < 0)
        {
            return sign + "0." + new string('0', -power - 1) + digits;
        }

        var before = power + 1;
        return digits.Length <= before
            ? sign + digits + new string('0', before - digits.Length) + ".0"
            : sign + digits[..before] + "." + digits[before..];
    }
}
