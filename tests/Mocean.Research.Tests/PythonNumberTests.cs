using Mocean.Research.Formats;

namespace Mocean.Research.Tests;

/// <summary>Doubles written as Python's repr writes them (each expected text is what Python 3 printed for the value).</summary>
public sealed class PythonNumberTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(4200.0, "4200.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(2.2, "2.2")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.000179, "0.000179")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00012345, "0.00012345")]
    [InlineData(8.99e-05, "8.99e-05")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.5e16, "1.5e+16")]
    [InlineData(123456789012345.6, "123456789012345.6")]
    [InlineData(1234567890123456.7, "1234567890123456.8")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    public void ADoubleIsWrittenAsPythonWritesIt(double value, string python) =>
        Assert.Equal(python, PythonNumber.Format(value));
}
