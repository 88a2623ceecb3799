using System.Globalization;
using Mocean.Research.Catalog;

namespace Mocean.Research.Ingest;

/// <summary>Turns source text into typed column values: numbers, whole numbers, trimmed text and UTC times.</summary>
public static class Values
{
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>Parses one cell at the column's stored width; true with null for an empty cell (a missing value), false when unusable.</summary>
    public static bool TryConvert(string text, ColumnDescriptor column, out object? value) =>
        TryWide(text, column, out var wide) & DataTypes.TryNarrow(column, wide, out value);

    private static bool TryWide(string text, ColumnDescriptor column, out object? value)
    {
        var trimmed = text.AsSpan().Trim();
        value = null;
        if (trimmed.IsEmpty)
        {
            return true;
        }

        switch (column.Type)
        {
            case ColumnType.Text:
                value = trimmed.ToString();
                return true;
            case ColumnType.Double:
                if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    value = double.IsNaN(number) ? null : (number * column.Scale) + 0.0;
                    return !double.IsInfinity(number);
                }

                return false;
            case ColumnType.Integer:
                if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                {
                    value = (long)(whole * column.Scale);
                    return true;
                }

                if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && Math.Abs(real) < 1e15)
                {
                    value = (long)(real * column.Scale);
                    return true;
                }

                return false;
            default:
                if (TryTime(trimmed, out var time))
                {
                    value = time;
                    return true;
                }

                return false;
        }
    }

    /// <summary>An ISO 8601 time (UTC unless an offset says otherwise), <c>YYYY-MM-DD HH:MM:SS</c>, or epoch seconds.</summary>
    public static bool TryTime(ReadOnlySpan<char> text, out DateTime time)
    {
        if (TryPlainTime(text, out time))
        {
            return true;
        }

        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out time)
            || DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out time))
        {
            time = DateTime.SpecifyKind(time, DateTimeKind.Unspecified);
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && double.IsFinite(seconds) && Math.Abs(seconds) < 1e11)
        {
            time = DateTime.UnixEpoch.AddTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
            time = DateTime.SpecifyKind(time, DateTimeKind.Unspecified);
            return true;
        }

        time = default;
        return false;
    }

    /// <summary>The fast path for the two shapes real files use most: <c>2022-01-05T03:00:00Z</c> and <c>2022-01-05 03:00:00</c>.</summary>
    private static bool TryPlainTime(ReadOnlySpan<char> text, out DateTime time)
    {
        time = default;
        if (!(text.Length == 19 || (text.Length == 20 && text[19] == 'Z'))
            || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != ' ') || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (!Digits(text[..4], out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)
            || !Digits(text.Slice(11, 2), out var hour) || !Digits(text.Slice(14, 2), out var minute) || !Digits(text.Slice(17, 2), out var second)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Reads CF time units such as <c>minutes since 2022-01-01</c> into a unit length and an origin.</summary>
    public static bool TryTimeUnits(string? units, out TimeSpan unit, out DateTime origin)
    {
        unit = default;
        origin = default;
        if (units is null)
        {
            return false;
        }

        var parts = units.Split(" since ", 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryTime(parts[1].Replace(" UTC", "", StringComparison.Ordinal), out origin))
        {
            return false;
        }

        unit = parts[0].ToLowerInvariant() switch
        {
            "seconds" or "second" or "s" => TimeSpan.FromSeconds(1),
            "minutes" or "minute" or "min" => TimeSpan.FromMinutes(1),
            "hours" or "hour" or "h" => TimeSpan.FromHours(1),
            "days" or "day" or "d" => TimeSpan.FromDays(1),
            _ => TimeSpan.Zero,
        };
        return unit > TimeSpan.Zero;
    }
}
