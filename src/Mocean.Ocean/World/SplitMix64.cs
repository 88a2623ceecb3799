namespace Mocean.Ocean.World;

/// <summary>A source of uniform numbers in [0, 1): the world seed or the server's own randomness.</summary>
public interface IRandomSource
{
    double NextDouble();
}

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): the world's random generator, implemented here so that the
/// same seed gives the same world on every machine and every .NET version. Not thread-safe.
/// </summary>
public sealed class SplitMix64(ulong seed) : IRandomSource
{
    private ulong _state = seed;

    /// <summary>Where the generator is: <c>new SplitMix64(State)</c> goes on with the same draws (a round keeps its own in its state).</summary>
    public ulong State => _state;

    public ulong NextUInt64()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Uniform in [0, 1) with 53 bits: exact on every platform.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [min, max], both included, without modulo bias.</summary>
    public int NextInt(int min, int max)
    {
        var range = (ulong)((long)max - min + 1);
        var limit = ulong.MaxValue - (ulong.MaxValue % range);
        ulong draw;
        do
        {
            draw = NextUInt64();
        }
        while (draw >= limit);
        return (int)(min + (long)(draw % range));
    }
}
