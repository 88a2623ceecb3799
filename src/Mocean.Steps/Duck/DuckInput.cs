using System.Globalization;
using System.Text.RegularExpressions;

namespace Mocean.Steps.Duck;

/// <summary>A duck parameter that cannot be read; the message says what to send instead.</summary>
public sealed class DuckInputException(string message) : Exception(message);

/// <summary>Reads <c>r,a,b</c> and <c>rd,ad</c>: separators <c>,</c> or <c>;</c> with optional spaces.</summary>
public static partial class DuckInput
{
    public const string LocationExample = "location=40,90,0";
    public const string DestinationExample = "destination=40,90";

    /// <summary>Reads a location <c>r,a,b</c>.</summary>
    public static DuckState Location(string text)
    {
        var parts = Numbers(text, 3, "location", "three numbers r,a,b (duck radius, duck angle, wolf angle), like " + LocationExample);
        return new DuckState(parts[0], parts[1], parts[2]);
    }

    /// <summary>Reads a destination <c>rd,ad</c>.</summary>
    public static (double Radius, double Angle) Destination(string text)
    {
        var parts = Numbers(text, 2, "destination", "two numbers rd,ad (radius, angle in degrees), like " + DestinationExample);
        return (parts[0], parts[1]);
    }

    private static double[] Numbers(string text, int count, string key, string what)
    {
        var parts = Separator().Split(text.Trim());
        if (text.Length > 200 || parts.Length != count)
        {
            throw new DuckInputException($"'{key}' must be {what}");
        }

        var numbers = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                throw new DuckInputException($"'{key}' must be {what}");
            }
        }

        return numbers;
    }

    [GeneratedRegex(@"\s*[,;]\s*")]
    private static partial Regex Separator();
}
