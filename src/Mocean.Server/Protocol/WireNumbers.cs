using System.Globalization;

namespace Mocean.Server.Protocol;

/// <summary>Number formatting of the wire: shortest round-trip form, '.' decimal point, never -0.</summary>
public static class WireNumbers
{
    /// <summary>The shortest text that reads back to the same double (<c>0.1</c>, <c>40</c>), never <c>-0</c>.</summary>
    public static string Number(double value) =>
        value == 0 ? "0" : value.ToString(CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Exactly two decimals (<c>40.00</c>), never <c>-0.00</c>.</summary>
    public static string TwoDecimals(double value)
    {
        var text = value.ToString("F2", CultureInfo.InvariantCulture);
        return text == "-0.00" ? "0.00" : text;
    }

    /// <summary>Several numbers joined by commas, each in <see cref="Number(double)"/> form.</summary>
    public static string Numbers(params ReadOnlySpan<double> values)
    {
        var parts = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            parts[i] = Number(values[i]);
        }

        return string.Join(',', parts);
    }
}
