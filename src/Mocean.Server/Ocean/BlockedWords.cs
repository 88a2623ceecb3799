using System.Collections.Immutable;

namespace Mocean.Server.Ocean;

/// <summary>
/// The teacher's list of blocked words, for a class of 12-year-olds: a player name containing one is
/// refused, chat has each one masked with stars. Matching ignores case and the usual digit-for-letter
/// spellings (l0ser, 1diot), and finds a word inside a longer one. Pure: no I/O, no clock.
/// </summary>
public sealed class BlockedWords
{
    /// <summary>The built-in list: short and mild on purpose; a teacher sets their own with <c>BlockedWords</c>.</summary>
    public static readonly ImmutableArray<string> Defaults =
        ["idiot", "stupid", "loser", "moron", "jerk", "dumbo", "crap", "poop", "fart", "sucks", "shutup"];

    private readonly ImmutableArray<string> words;

    public BlockedWords(IEnumerable<string> words) =>
        this.words = [.. words.Select(w => Normalize(w.Trim())).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>The list from the setting: unset is <see cref="Defaults"/>, empty is none, else words separated by commas.</summary>
    public static BlockedWords FromSetting(string? setting) =>
        new(setting is null ? Defaults : setting.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    public int Count => words.Length;

    /// <summary>The words, lower case (to hand to the world engine's own filter when it is wired in).</summary>
    public IReadOnlyList<string> Words => words;

    /// <summary>The first blocked word found in the text (as listed, lower case), or null when there is none.</summary>
    public string? FindIn(string text)
    {
        var plain = Normalize(text);
        foreach (var word in words)
        {
            if (plain.Contains(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The text with every letter of every blocked word replaced by <c>*</c>; the rest untouched.</summary>
    public string Mask(string text)
    {
        var plain = Normalize(text);
        char[]? masked = null;
        foreach (var word in words)
        {
            for (var at = plain.IndexOf(word, StringComparison.Ordinal); at >= 0; at = plain.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                masked ??= text.ToCharArray();
                Array.Fill(masked, '*', at, word.Length);
            }
        }

        return masked is null ? text : new string(masked);
    }

    /// <summary>Lower case with look-alike digits and signs read as letters, one character for one.</summary>
    private static string Normalize(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.ToLowerInvariant(source[i]) switch
            {
                '0' => 'o',
                '1' or '!' or '|' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                '8' => 'b',
                var c => c,
            };
        }
    });
}
