using System.Globalization;
using System.Security.Cryptography;

namespace Mocean.Server.Grains;

/// <summary>Player ids: 8 characters a-z0-9 from a cryptographic generator, or 1, 2, 3... for a trusting classroom.</summary>
public static class PlayerIds
{
    public const int Length = 8;

    public const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A fresh secret id (36^8, about 2.8e12 possibilities); the caller makes sure it is unused.</summary>
    public static string NewSecret() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Sequential(long number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when the text could be an id of either kind (1-8 characters a-z0-9).</summary>
    public static bool LooksLikeId(string text) =>
        text.Length is > 0 and <= Length && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));
}
