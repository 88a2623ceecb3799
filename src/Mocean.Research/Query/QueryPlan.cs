using Mocean.Research.Catalog;

namespace Mocean.Research.Query;

/// <summary>A column of a query's answer: name, type and units as the output formats show them.</summary>
public sealed record OutputColumn(string Name, ColumnType Type, string? Units, string? Positive = null, string? DataType = null)
{
    /// <summary>ERDDAP's type names: <c>String</c> (also for times written as ISO text), else the stored type (<c>double</c>, <c>float</c>, <c>long</c>, <c>int</c>, ...).</summary>
    public string ErddapType => Type switch
    {
        ColumnType.Double => DataType ?? "double",
        ColumnType.Integer => DataType ?? "long",
        _ => "String",
    };

    /// <summary>True for a number stored as a 32-bit float.</summary>
    public bool IsFloat => Type == ColumnType.Double && DataType == "float";
}

/// <summary>A planned query: parameterised SQL for the rows and for their count, and the answer's columns.</summary>
/// <param name="Sql">The rows of the answer.</param>
/// <param name="Parameters">The values, in <c>$1..$n</c> order.</param>
/// <param name="Columns">The answer's columns.</param>
/// <param name="MatchingSql">Counts the rows the constraints match (cheap); the answer never has more rows than that.</param>
/// <param name="MatchingParameterCount">How many of the parameters (the first ones) <paramref name="MatchingSql"/> takes.</param>
public sealed record QueryPlan(string Sql, IReadOnlyList<object?> Parameters, IReadOnlyList<OutputColumn> Columns, string MatchingSql, int MatchingParameterCount)
{
    public IReadOnlyList<object?> MatchingParameters => [.. Parameters.Take(MatchingParameterCount)];

    /// <summary>Counts the answer's rows exactly (needed only when the matching rows exceed the cap).</summary>
    public string CountSql => $"SELECT count(*) FROM ({Sql})";
}
