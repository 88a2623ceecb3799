using System.Text;

namespace Mocean.Ocean.Chat;

/// <summary>
/// The teacher's list of blocked words, matched without regard to case. A name is refused if it
/// contains a blocked word anywhere (names are one word); in chat a blocked word is starred out
/// where it stands as a whole word (so a blocked "ass" leaves "class" alone).
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

    public bool InName(string name) => _words.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));

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
