using Mocean.Research.Catalog;

namespace Mocean.Research.Query;

/// <summary>
/// A column's values as SQL text exactly as the text formats write them (<see cref="Formats.TextBuffer"/>), so that
/// <c>=~</c> matches what a reader sees in the reply, as in ERDDAP: times as <c>2022-01-05T00:00:00Z</c>, numbers in
/// their shortest round-trip form (<c>191</c>, not the store's <c>191.0</c>), a missing number as <c>NaN</c> and
/// missing text or time as empty.
/// </summary>
public static class ReplyText
{
    /// <summary>The SQL expression for the reply text of <paramref name="name"/> (an already quoted identifier).</summary>
    public static string Sql(ColumnType type, string name) => type switch
    {
        ColumnType.Double => $"coalesce({Double(name)}, 'NaN')",
        ColumnType.Integer => $"coalesce(CAST({name} AS VARCHAR), 'NaN')",
        ColumnType.Time => $"coalesce({Time(name)}, '')",
        _ => $"coalesce({name}, '')",
    };

    /// <summary>
    /// The store writes a double in its shortest round-trip digits, as .NET does, but in another layout: <c>191.0</c>
    /// for <c>191</c>, <c>1e+16</c> for <c>10000000000000000</c> (.NET stays plain up to 17 digits), a small <c>e</c>,
    /// and <c>-0.0</c>. Only the layout is changed here; the digits are the store's.
    /// </summary>
    private static string Double(string x)
    {
        var text = $"CAST({x} AS VARCHAR)";
        var sign = $"CASE WHEN {x} < 0 THEN '-' ELSE '' END";
        var digits = $"replace(replace(split_part({text}, 'e', 1), '-', ''), '.', '')";
        return $"""
            CASE WHEN {x} = 0 THEN '0'
                 WHEN isinf({x}) THEN CASE WHEN {x} > 0 THEN 'Infinity' ELSE '-Infinity' END
                 WHEN isnan({x}) THEN 'NaN'
                 WHEN ends_with({text}, 'e+16') THEN {sign} || rpad({digits}, 17, '0')
                 WHEN contains({text}, 'e') THEN replace({text}, 'e', 'E')
                 WHEN ends_with({text}, '.0') THEN substr({text}, 1, length({text}) - 2)
                 ELSE {text} END
            """;
    }

    /// <summary><c>2022-01-05T00:00:00Z</c>, with the fraction of a second only when there is one (trailing zeros dropped).</summary>
    private static string Time(string t) => $"""
        CASE WHEN year({t}) BETWEEN 0 AND 999 THEN lpad(CAST(year({t}) AS VARCHAR), 4, '0') ELSE CAST(year({t}) AS VARCHAR) END
            || strftime({t}, '-%m-%dT%H:%M:%S')
            || CASE WHEN strftime({t}, '%f') = '000000' THEN '' ELSE rtrim(strftime({t}, '.%f'), '0') END
            || 'Z'
        """;
}
