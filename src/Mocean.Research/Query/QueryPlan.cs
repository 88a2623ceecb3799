using Mocean.Research.Catalog;

namespace Mocean.Research.Query;

/// <summary>A column of a query's answer: name, type and units as the output formats show them.</summary>
public sealed record OutputColumn(string Name, ColumnType Type, string? Units, string? Positive = null)
{
    /// <summary>ERDDAP's type names: <c>String</c> (also for times written as ISO text), <c>double</c>, <c>long</c>.</summary>
    public string ErddapType => Type switch
    {
        ColumnType.Double => "double",
        ColumnType.Integer => "long",
        _ => "String",
    };
}

/// <summary>A planned query: parameterised SQL for the rows and for their count, and the answer's columns.</summary>
public sealed record QueryPlan(string Sql, IReadOnlyList<object?> Parameters, IReadOnlyList<OutputColumn> Columns)
{
    public string CountSql => $"SELECT count(*) FROM ({Sql})";
}
