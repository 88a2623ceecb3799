using System.Text;

namespace Mocean.Cli.Commands;

/// <summary>One line typed inside the live view after a prompt (a task's number, a vote, a line to say): Enter gives it, Esc cancels.</summary>
public sealed class LineInput
{
    private readonly StringBuilder typed = new();
    private string label = "";

    /// <summary>What the line is for (<c>task</c>, <c>vote</c>, <c>say</c>).</summary>
    public string Purpose { get; private set; } = "";

    public bool Active { get; private set; }

    public string? Prompt => Active ? label + typed : null;

    public void Start(string purpose, string prompt)
    {
        (Purpose, label, Active) = (purpose, prompt, true);
        typed.Clear();
    }

    /// <summary>Takes one key; returns the line when Enter ends it (an empty line is not sent).</summary>
    public string? Type(ConsoleKeyInfo key)
    {
        switch (key.Key)
        {
            case ConsoleKey.Escape:
                Active = false;
                return null;
            case ConsoleKey.Backspace:
                if (typed.Length > 0)
                {
                    typed.Length--;
                }

                return null;
            case ConsoleKey.Enter:
                var text = typed.ToString().Trim();
                typed.Clear();
                if (text.Length == 0)
                {
                    return null;
                }

                Active = false;
                return text;
            default:
                if (!char.IsControl(key.KeyChar))
                {
                    typed.Append(key.KeyChar);
                }

                return null;
        }
    }
}
