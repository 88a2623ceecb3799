using System.Text;

namespace Mocean.Cli.Commands;

/// <summary>Typing a chat message inside the live view: first the recipient's name, then the message; Enter moves on, Esc cancels.</summary>
public sealed class ChatInput
{
    private readonly StringBuilder typed = new();
    private string? to;

    public bool Active { get; private set; }

    public string? Prompt => Active ? (to is null ? "chat to: " : $"message to {to}: ") + typed : null;

    public void Start()
    {
        Active = true;
        to = null;
        typed.Clear();
    }

    /// <summary>Takes one key; returns the message when it is complete.</summary>
    public (string To, string Text)? Type(ConsoleKeyInfo key)
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

                if (to is null)
                {
                    to = text;
                    return null;
                }

                Active = false;
                return (to, text);
            default:
                if (!char.IsControl(key.KeyChar))
                {
                    typed.Append(key.KeyChar);
                }

                return null;
        }
    }
}
