using Mocean.Research.Catalog;
using Mocean.Research.Formats;
using Mocean.Research.Query;

namespace Mocean.Research.Tests;

/// <summary>The text a <c>=~</c> regex sees, computed by the store, is exactly the text the replies write for the same value.</summary>
public sealed class ReplyTextTests : IDisposable
{
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    public static TheoryData<double> Doubles =>
    [
        191, 8.46122, 0.1, -2.5, 0.0001, 9.999e-5, 1e-5, 1.5e-7, 5e-324, 100, 44.529, -125.39, 0.30000000000000004,
        1e14, 123456789012345.6, 1e15, 1234567890123456.8, 1e16, -1.2345678901234567e16, 9.87654321e16, 1e17, 1.2345e20,
        12345678901234567890.0, 1.7976931348623157e308, -0.0, 0, double.PositiveInfinity, double.NegativeInfinity,
        (double)8.46f, (double)33.91291f, (double)-191.5f, 2.5e-6f,
    ];

    [Theory]
    [MemberData(nameof(Doubles))]
    public void ADoubleReadsAsTheRepliesWriteIt(double value) =>
        Assert.Equal(Written(b => b.Append(value)), Stored(ColumnType.Double, "CAST($1 AS DOUBLE)", value));

    [Fact]
    public void ManyDoublesOfEveryMagnitudeReadAsTheRepliesWriteThem()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-12, 24));
            Assert.Equal(Written(b => b.Append(value)), Stored(ColumnType.Double, "CAST($1 AS DOUBLE)", value));
        }
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(191L)]
    [InlineData(-42L)]
    [InlineData(long.MaxValue)]
    public void AWholeNumberReadsAsTheRepliesWriteIt(long value) =>
        Assert.Equal(Written(b => b.Append(value)), Stored(ColumnType.Integer, "CAST($1 AS BIGINT)", value));

    [Theory]
    [InlineData("2022-01-05T00:00:00")]
    [InlineData("2022-01-05T13:07:09.5")]
    [InlineData("2022-01-05T13:07:09.123456")]
    [InlineData("0999-12-31T23:59:59")]
    public void ATimeReadsAsTheRepliesWriteIt(string iso)
    {
        var time = DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(Written(b => b.AppendTime(time)), Stored(ColumnType.Time, "CAST($1 AS TIMESTAMP)", time));
    }

    [Theory]
    [InlineData(ColumnType.Double, "CAST(NULL AS DOUBLE)", "NaN")]
    [InlineData(ColumnType.Integer, "CAST(NULL AS BIGINT)", "NaN")]
    [InlineData(ColumnType.Time, "CAST(NULL AS TIMESTAMP)", "")]
    [InlineData(ColumnType.Text, "CAST(NULL AS VARCHAR)", "")]
    public void AMissingValueReadsAsTheRepliesWriteIt(ColumnType type, string sql, string written) =>
        Assert.Equal(written, Stored(type, sql, null));

    private static string Written(Action<TextBuffer> write)
    {
        var buffer = new TextBuffer();
        write(buffer);
        return buffer.ToString();
    }

    private string Stored(ColumnType type, string value, object? parameter)
    {
        var sql = $"SELECT {ReplyText.Sql(type, "x")} FROM (SELECT {value} AS x)";
        using var result = store.Service.Store.Query(sql, value.Contains("$1", StringComparison.Ordinal) ? [parameter] : [], CancellationToken.None);
        Assert.True(result.Reader.Read());
        return result.Reader.GetString(0);
    }
}
