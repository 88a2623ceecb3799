namespace Mocean.Steps.Checks;

/// <summary>Primality of any 64-bit number, quickly: deterministic Miller-Rabin with the first twelve primes as bases.</summary>
public static class Primes
{
    private static readonly ulong[] Bases = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];

    public static bool IsPrime(long number)
    {
        if (number < 2)
        {
            return false;
        }

        var n = (ulong)number;
        foreach (var p in Bases)
        {
            if (n % p == 0)
            {
                return n == p;
            }
        }

        var d = n - 1;
        var s = 0;
        while ((d & 1) == 0)
        {
            d >>= 1;
            s++;
        }

        foreach (var a in Bases)
        {
            var x = Power(a, d, n);
            if (x == 1 || x == n - 1)
            {
                continue;
            }

            var composite = true;
            for (var r = 1; r < s && composite; r++)
            {
                x = (ulong)((UInt128)x * x % n);
                composite = x != n - 1;
            }

            if (composite)
            {
                return false;
            }
        }

        return true;
    }

    private static ulong Power(ulong value, ulong exponent, ulong modulus)
    {
        UInt128 result = 1, b = value % modulus;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result = result * b % modulus;
            }

            b = b * b % modulus;
            exponent >>= 1;
        }

        return (ulong)result;
    }
}
