using System.Text;

namespace Mocean.Ocean.Chat;

/// <summary>
/// The teacher's list of blocked words, matched without regard to case. A name is refused if it
/// contains a blocked word anywhere (names are one word), also spelt with look-alike digits and signs
/// (l0ser, 1diot); in chat a blocked word is starred out where it stands as a whole word (so a blocked
/// "ass" leaves "class" alone).
/// </summary>
public sealed class BlockedWords
{
    private readonly HashSet<string> _words;

    public BlockedWords(IEnumerable<string> words)
    {
        _words = new HashSet<string>(
            words.Select(w => w.Trim()).Where(w => w.Length > 0),
            StringComparer.OrdinalIgnoreCase);
    }

    public static BlockedWords None { get; } = new([]);

    public bool InName(string name)
    {
        var plain = LookAlikes(name);
        return _words.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase) || plain.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Lower case with look-alike digits and signs read as letters, one character for one.</summary>
    private static string LookAlikes(string text) => string.Create(text.Length, text, static (span, source) =>
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

    /// <summary>The text with every blocked whole word replaced by as many '*'.</summary>
    public string Filter(string text)
    {
        if (_words.Count == 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                result.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            var word = text[start..i];
            result.Append(_words.Contains(word) ? new string('*', word.Length) : word);
        }
        return result.ToString();
    }
}
