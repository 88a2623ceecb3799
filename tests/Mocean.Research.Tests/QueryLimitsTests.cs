using Mocean.Research.Catalog;
using Mocean.Research.Query;

namespace Mocean.Research.Tests;

/// <summary>The row cap and time-out the data service holds every tabledap query to.</summary>
public sealed class QueryLimitsTests : IDisposable
{
    private readonly TempStore store = new(new QueryLimits(RowCap: 100, QueryLimits.DefaultTimeout));

    public QueryLimitsTests() => store.Service.PublishMissing([SampleDatasets.PeriodicTable()], null);

    [Theory]
    [InlineData(10_000_000, false, 10_000_000)]
    [InlineData(10_000_000, true, QueryLimits.ChartCap)]
    [InlineData(1000, true, 1000)]
    public void AChartIsCappedAtTheSmallerOfTheRowCapAndTheChartCap(long rowCap, bool chart, long cap) =>
        Assert.Equal(cap, new QueryLimits(rowCap, QueryLimits.DefaultTimeout).CapFor(chart));

    [Fact]
    public void NoRowsIsNotFoundTooManyIsTooLargeWithTheCountAndAHintAndUpToTheCapRuns()
    {
        var limits = QueryLimits.Default;

        var none = limits.Refusal(0, 5)!;
        var over = limits.Refusal(6, 5)!;

        Assert.Equal((404, "Your query produced no matching results. (nRows = 0)"), (none.Status, none.Message));
        Assert.Equal((413, "Your query produced too many rows (6 > the cap of 5). Narrow it (a shorter time range, fewer variables) or ask for a server-side average, e.g. &orderByMean(\"time/1hour\")."),
            (over.Status, over.Message));
        Assert.Null(limits.Refusal(5, 5));
        Assert.Null(limits.Refusal(1, 5));
    }

    [Fact]
    public void AQueryPastItsTimeIsToldHowLongItMayRun()
    {
        var refusal = new QueryLimits(10, TimeSpan.FromSeconds(60)).TooLong();

        Assert.Equal((413, "Your query ran longer than 60 s. Narrow it or use orderByMean."), (refusal.Status, refusal.Message));
    }

    [Fact]
    public async Task AQueryMatchingMoreRowsThanTheCapIsRefusedWithItsCount()
    {
        var refusal = await Assert.ThrowsAsync<QueryException>(() => Admit("?Element,AtomicNumber", functions: false));

        Assert.Equal(413, refusal.Status);
        Assert.StartsWith("Your query produced too many rows (118 > the cap of 100).", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FunctionsThatShrinkTheAnswerBelowTheCapAreCountedExactlyAndRun() =>
        Assert.Equal(7, await Admit("?Period&distinct()", functions: true));

    [Fact]
    public async Task AQueryWithinTheCapIsAdmittedWithItsCountAndOneMatchingNothingIsNotFound()
    {
        Assert.Equal(10, await Admit("?Element&AtomicNumber<=10", functions: false));
        Assert.Equal(404, (await Assert.ThrowsAsync<QueryException>(() => Admit("?Element&AtomicNumber>500", functions: false))).Status);
    }

    [Fact]
    public async Task ATimeOutEndsTheDeadlinesTokenWhileTheRequestStillWaits()
    {
        using var limited = new TempStore(new QueryLimits(100, TimeSpan.FromMilliseconds(1)));
        using var request = new CancellationTokenSource();
        using var deadline = limited.Service.Deadline(request.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(Timeout.Infinite, deadline.Token));
        Assert.False(request.IsCancellationRequested);
    }

    private Task<long> Admit(string query, bool functions)
    {
        var plan = QueryPlanner.Plan(TabledapRequest.Parse(query), store.Service.Find("periodic_table")!.Descriptor);
        return store.Service.AdmitAsync(plan, functions, chart: false, CancellationToken.None);
    }

    public void Dispose() => store.Dispose();
}
