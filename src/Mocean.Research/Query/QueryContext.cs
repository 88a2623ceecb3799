using Mocean.Research.Catalog;

namespace Mocean.Research.Query;

/// <summary>
/// What a query's relative values read: <c>now</c> (the server's clock, passed in: the engine never reads the
/// machine's) and the ranges of the data set's variables for <c>min(var)</c> and <c>max(var)</c>.
/// </summary>
/// <param name="Now">The server's clock at the request, or null where there is none (then <c>now</c> is refused).</param>
/// <param name="Ranges">The data set's variable ranges, read only when a constraint names <c>min()</c> or <c>max()</c>.</param>
/// <param name="Table">The table or view the rows come from, when not the data set's own (the host's view of what a reader may see).</param>
public sealed record QueryContext(DateTimeOffset? Now, Func<DatasetRanges>? Ranges, string? Table = null)
{
    /// <summary>No clock and no ranges: relative values are refused.</summary>
    public static QueryContext None { get; } = new(null, null);
}
