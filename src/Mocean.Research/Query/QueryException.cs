namespace Mocean.Research.Query;

/// <summary>A query that cannot be answered as asked: 400 (bad query), 404 (no rows) or 413 (too many rows).</summary>
public sealed class QueryException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static QueryException Bad(string message) => new(400, "Query error: " + message);
}
