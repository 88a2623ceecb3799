using Mocean.Client.Data;

namespace Mocean.Client.Tests;

/// <summary>The URLs are the ones erddapy writes for the same query (its examples in the data service spec).</summary>
public sealed class TabledapUrlTests
{
    private static readonly DateTimeOffset Day5 = new(2022, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private static TabledapQuery Query(string server = "http://localhost:8080") =>
        new MoceanClient(server).Data.Tabledap("osb_ctd_jan2022");

    [Fact]
    public void ATimeWindowIsWrittenInEpochSecondsAsErddapyWritesIt() =>
        Assert.Equal(
            "http://localhost:8080/erddap/tabledap/osb_ctd_jan2022.csvp?time,depth,temperature&time>=1641340800.0&time<=1641427200.0",
            Query().Select("time", "depth", "temperature").Between(Day5, Day5.AddDays(1)).Url("csvp"));

    [Fact]
    public void StringsAreQuotedNumbersArePythonsAndFunctionsComeLast() =>
        Assert.Equal(
            "http://h:1/base/erddap/tabledap/osb_ctd_jan2022.json?time,depth&depth>=100.5&depth<200&site=\"OSB\"&time>=1641340800.25&orderByMean(\"time/1hour\")&distinct()",
            Query("http://h:1/base/").Select("time", "depth").Where("depth", ">=", 100.5).Where("depth", "<", 200L).Where("site", "=", "OSB")
                .Where("time", ">=", Day5.AddMilliseconds(250)).OrderByMean("time/1hour").Distinct().Url("json"));

    [Fact]
    public void APlusOrAPercentInAValueIsEscapedSinceTheServerReadsPlusAsASpace() =>
        Assert.Equal(
            "http://localhost:8080/erddap/tabledap/osb_ctd_jan2022.csv?&note=~\"C.%2B\"&note=\"100%25 a%2Bb\"&depth<1e%2B16",
            Query().Where("note", "=~", "C.+").Where("note", "=", "100% a+b").Where("depth", "<", 1e16).Url());

    [Fact]
    public void NoVariablesGivesAnEmptyListBeforeTheConstraints() =>
        Assert.Equal("http://localhost:8080/erddap/tabledap/osb_ctd_jan2022.csv?&time>=1641340800.0", Query().Where("time", ">=", Day5.UtcDateTime).Url());

    [Fact]
    public void AQueryIsAValueEachStepReturnsANewOne()
    {
        var all = Query().Select("time");
        _ = all.Where("depth", ">", 5.0);
        Assert.Empty(all.Constraints);
    }

    [Fact]
    public void AnUnknownOperatorIsRefused() =>
        Assert.Throws<ArgumentException>(() => Query().Where("depth", "=>", 5.0));

    [Theory]
    [InlineData(1641340800.0, "1641340800.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.2345e20, "1.2345e+20")]
    [InlineData(123.456, "123.456")]
    public void NumbersReadAsPythonsStrOfAFloat(double value, string python) =>
        Assert.Equal(python, PythonNumber.Float(value));
}
