using Mocean.Research.Catalog;
using Mocean.Research.Query;

namespace Mocean.Research.Tests;

public sealed class QueryPlannerTests
{
    private static readonly DatasetDescriptor Ctd = SampleDatasets.CtdSeries("/nowhere");

    [Fact]
    public void ValuesFromTheUrlBecomeParametersNeverSqlText()
    {
        var plan = QueryPlanner.Plan(TabledapRequest.Parse("Symbol&Element=\"x'); DROP TABLE y; --\"&Element=~\"H.*'\"&AtomicNumber<=118"), SampleDatasets.PeriodicTable("/nowhere"));

        Assert.DoesNotContain("DROP", plan.Sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("118", plan.Sql, StringComparison.Ordinal);
        var constants = plan.Sql.Replace("TIMESTAMP '1970-01-01 00:00:00'", "", StringComparison.Ordinal)
            .Replace(ReplyText.Sql(ColumnType.Text, "\"Element\""), "", StringComparison.Ordinal); // the regex's text of a value: constants only
        Assert.DoesNotContain("'", constants, StringComparison.Ordinal);
        Assert.Equal(["x'); DROP TABLE y; --", "H.*'", 118.0], plan.Parameters);
    }

    [Fact]
    public void AnInjectedNumberIsRefusedAsNotANumber()
    {
        var error = Assert.Throws<QueryException>(() => QueryPlanner.Plan(TabledapRequest.Parse("depth&depth>=1);DROP TABLE x;--"), Ctd));

        Assert.Equal(400, error.Status);
        Assert.Contains("is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EpochSecondsAndIsoTimesGiveTheSameParameter()
    {
        var epoch = QueryPlanner.Plan(TabledapRequest.Parse("time&time>=1641340800.0"), Ctd);
        var iso = QueryPlanner.Plan(TabledapRequest.Parse("time&time>=2022-01-05T00:00:00Z"), Ctd);

        Assert.Equal(new DateTime(2022, 1, 5), Assert.IsType<DateTime>(epoch.Parameters[0]));
        Assert.Equal(epoch.Parameters, iso.Parameters);
        Assert.Equal(epoch.Sql, iso.Sql);
    }

    [Fact]
    public void AnEncodedQueryIsDecodedBeforeItIsSplit()
    {
        var request = TabledapRequest.Parse("time%2Cdepth%26depth%3E%3D10%26orderByMean(%22time%2F1hour%22)");

        Assert.Equal(["time", "depth"], request.Variables);
        Assert.Equal(new Constraint("depth", ">=", "10", false), Assert.Single(request.Constraints));
        Assert.Equal(new QueryFunction("orderByMean", "time/1hour"), Assert.Single(request.Functions));
    }

    [Fact]
    public void AnAmpersandInsideQuotesStaysInTheValue()
    {
        var request = TabledapRequest.Parse("Element&Type=\"Alkali & Earth\"");

        Assert.Equal(new Constraint("Type", "=", "Alkali & Earth", true), Assert.Single(request.Constraints));
    }

    [Theory]
    [InlineData("depth&orderByMean(\"depth/0\")", "from 1e-9 to 1e15")]
    [InlineData("time&orderByMean(\"time/1month\")", "not a time interval")]
    [InlineData("temperature&orderBy(\"depth\")", "must also be among the variables")]
    [InlineData("time&time=~\"(\"", "not a valid regular expression")]
    [InlineData("time&nosuch(\"x\")", "unknown function")]
    public void BadFunctionsAreRefusedWithTheReason(string query, string reason)
    {
        var error = Assert.Throws<QueryException>(() => QueryPlanner.Plan(TabledapRequest.Parse(query), Ctd));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
