using System.Globalization;

namespace Mocean.Research.Query;

/// <summary>
/// What one tabledap query may cost: at most <paramref name="RowCap"/> rows (a chart at most <see cref="ChartCap"/> points),
/// and <paramref name="Timeout"/> of running. A query over the cap is refused before it runs, with its count and a hint.
/// </summary>
public sealed record QueryLimits(long RowCap, TimeSpan Timeout)
{
    /// <summary>The most points one chart draws.</summary>
    public const long ChartCap = 2_000_000;

    /// <summary>The cap of <c>--row-cap</c> when none is set.</summary>
    public const long DefaultRowCap = 10_000_000;

    /// <summary>How long one query may run.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static QueryLimits Default { get; } = new(DefaultRowCap, DefaultTimeout);

    /// <summary>The most rows a reply may have: the row cap, and for a chart no more than <see cref="ChartCap"/>.</summary>
    public long CapFor(bool chart) => chart ? Math.Min(ChartCap, RowCap) : RowCap;

    /// <summary>The refusal of a query whose answer has <paramref name="count"/> rows: none (404) or too many (413); null when it may run.</summary>
    public QueryException? Refusal(long count, long cap) =>
        count == 0 ? new QueryException(404, NoRows)
        : count > cap ? new QueryException(413, string.Create(CultureInfo.InvariantCulture,
            $"Your query produced too many rows ({count} > the cap of {cap}). Narrow it (a shorter time range, fewer variables) or ask for a server-side average, e.g. &orderByMean(\"time/1hour\")."))
        : null;

    /// <summary>The refusal of a query that ran past <see cref="Timeout"/>.</summary>
    public QueryException TooLong() =>
        new(413, string.Create(CultureInfo.InvariantCulture, $"Your query ran longer than {Timeout.TotalSeconds} s. Narrow it or use orderByMean."));

    /// <summary>ERDDAP's message for a query that matches no rows.</summary>
    public const string NoRows = "Your query produced no matching results. (nRows = 0)";
}
