using System.Numerics;
using Mocean.Steps.Checks;

namespace Mocean.Steps.Tests;

public class NumberTests
{
    [Theory]
    [InlineData("987", NumeralKind.Integer, "987")]
    [InlineData("987.0", NumeralKind.Integer, "987")]
    [InlineData("987.", NumeralKind.Integer, "987")]
    [InlineData("-0", NumeralKind.Integer, "0")]
    [InlineData("9.87e2", NumeralKind.Integer, "987")]
    [InlineData("000042", NumeralKind.Integer, "42")]
    [InlineData("123456789012345678901234567890", NumeralKind.Integer, "123456789012345678901234567890")]
    [InlineData("98.7", NumeralKind.NotInteger, "0")]
    [InlineData("1e-3", NumeralKind.NotInteger, "0")]
    [InlineData("NaN", NumeralKind.NotNumber, "0")]
    [InlineData("Infinity", NumeralKind.NotNumber, "0")]
    [InlineData("1,000", NumeralKind.NotNumber, "0")]
    [InlineData("twelve", NumeralKind.NotNumber, "0")]
    [InlineData("", NumeralKind.NotNumber, "0")]
    [InlineData("1e300", NumeralKind.Huge, "1")]
    [InlineData("-1e300", NumeralKind.Huge, "-1")]
    [InlineData("1e400", NumeralKind.Huge, "1")]
    [InlineData("1e9999999999", NumeralKind.Huge, "1")]
    [InlineData("1e3", NumeralKind.Integer, "1000")]
    [InlineData("1.5E1", NumeralKind.Integer, "15")]
    [InlineData("1000e-3", NumeralKind.Integer, "1")]
    [InlineData("0.000e99999999999", NumeralKind.Integer, "0")]
    [InlineData(".5", NumeralKind.NotInteger, "0")]
    [InlineData("1e-400", NumeralKind.NotInteger, "0")]
    [InlineData("1e-9999999999", NumeralKind.NotInteger, "0")]
    [InlineData("987.00000000000000001", NumeralKind.NotInteger, "0")]
    [InlineData("101.0000000000000001", NumeralKind.NotInteger, "0")]
    [InlineData("50005000.000000001", NumeralKind.NotInteger, "0")]
    [InlineData("9007199254740993.0", NumeralKind.Integer, "9007199254740993")]
    [InlineData("9007199254740993e0", NumeralKind.Integer, "9007199254740993")]
    [InlineData(".", NumeralKind.NotNumber, "0")]
    [InlineData("e5", NumeralKind.NotNumber, "0")]
    [InlineData("1e", NumeralKind.NotNumber, "0")]
    [InlineData("0x10", NumeralKind.NotNumber, "0")]
    [InlineData("1e400.5", NumeralKind.NotNumber, "0")]
    public void NumbersAreReadExactlyAndForgivingly(string text, NumeralKind kind, string value)
    {
        var numeral = Numeral.Read(text);
        Assert.Equal(kind, numeral.Kind);
        Assert.Equal(BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture), numeral.Value);
    }

    [Fact]
    public void AHostileMegabyteOfDigitsIsHugeNotSlow() =>
        Assert.Equal(NumeralKind.Huge, Numeral.Read(new string('7', 1_000_000)).Kind);

    [Fact]
    public void AMegabyteOfZerosAfterThePointIsStillWhole()
    {
        Assert.Equal(new Numeral(NumeralKind.Integer, 7), Numeral.Read("7." + new string('0', 1_000_000)));
        Assert.Equal(NumeralKind.NotInteger, Numeral.Read("7." + new string('0', 1_000_000) + "1").Kind);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(101, true)]
    [InlineData(1_000_000_007, true)]
    [InlineData(9_223_372_036_854_775_783, true)]
    [InlineData(1, false)]
    [InlineData(561, false)]
    [InlineData(3_215_031_751, false)]
    [InlineData(9_223_372_036_854_775_807, false)]
    public void PrimesAreKnownAcrossTheWholeRange(long number, bool prime) => Assert.Equal(prime, Primes.IsPrime(number));

    [Theory]
    [InlineData(1, "0")]
    [InlineData(2, "1")]
    [InlineData(3, "1")]
    [InlineData(17, "987")]
    public void FibonacciPositionsCountFromOneStartingAtZero(int position, string value) =>
        Assert.Equal(BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture), FibonacciIndexCheck.At(position));

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(22, "22nd")]
    [InlineData(113, "113th")]
    public void OrdinalsReadAsEnglish(int n, string text) => Assert.Equal(text, FibonacciIndexCheck.Ordinal(n));
}
