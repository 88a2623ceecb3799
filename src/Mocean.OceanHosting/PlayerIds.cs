using System.Globalization;
using System.Security.Cryptography;
using Mocean.Ocean.World;

namespace Mocean.OceanHosting;

/// <summary>
/// Player ids: 8 characters a-z0-9 from a cryptographic generator (the default), or in classic mode the original's
/// numbers 0, 1, 2... counted in each ocean. A classic id is held as <c>NUMBER.OCEAN</c> (<c>3.main</c>), so the
/// same number in two oceans is two players; on the wire it is the number alone, with <c>ocean=</c> naming the ocean.
/// </summary>
public static class PlayerIds
{
    public const int Length = 8;

    public const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A fresh secret id (36^8, about 2.8e12 possibilities); the caller makes sure it is unused.</summary>
    public static string NewSecret() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>True when the text could be a secret id (1-8 characters a-z0-9).</summary>
    public static bool LooksLikeId(string text) =>
        text.Length is > 0 and <= Length && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));

    /// <summary>The held form of classic id <paramref name="number"/> in <paramref name="ocean"/>.</summary>
    public static string Classic(string ocean, long number) => number.ToString(CultureInfo.InvariantCulture) + "." + ocean;

    /// <summary>The number and ocean of a classic id as held; false for a secret id.</summary>
    public static bool IsClassic(string id, out long number, out string ocean)
    {
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        ocean = dot < 0 ? string.Empty : id[(dot + 1)..];
        number = 0;
        return dot > 0 && long.TryParse(id.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The id as a player sends and sees it: a classic id's number, a secret id as it is.</summary>
    public static string OnTheWire(string id) => IsClassic(id, out var number, out _) ? number.ToString(CultureInfo.InvariantCulture) : id;
}

/// <summary>
/// Where secret ids come from: the cryptographic generator, or with <c>IdSeed</c> a generator seeded for repeatable
/// tests and written examples (whoever knows the seed can work out every id). Not thread-safe (one directory uses it).
/// </summary>
public sealed class SecretIds(long? seed)
{
    private readonly SplitMix64? seeded = seed is { } s ? new SplitMix64(unchecked((ulong)s)) : null;

    public string Next()
    {
        if (seeded is null)
        {
            return PlayerIds.NewSecret();
        }

        Span<char> id = stackalloc char[PlayerIds.Length];
        for (var i = 0; i < id.Length; i++)
        {
            id[i] = PlayerIds.Alphabet[seeded.NextInt(0, PlayerIds.Alphabet.Length - 1)];
        }

        return new string(id);
    }
}
