namespace Mocean.Cli.Commands;

/// <summary>Typing a chat message inside the live view: first the recipient's name, then the message, each a <see cref="LineInput"/>; Enter moves on, Esc cancels.</summary>
public sealed class ChatInput
{
    private readonly LineInput line = new();
    private string? to;

    public bool Active => line.Active;

    public string? Prompt => line.Prompt;

    public void Start()
    {
        to = null;
        line.Start("chat", "chat to: ");
    }

    /// <summary>Takes one key; returns the message when it is complete.</summary>
    public (string To, string Text)? Type(ConsoleKeyInfo key)
    {
        if (line.Type(key) is not { } text)
        {
            return null;
        }

        if (to is null)
        {
            to = text;
            line.Start("chat", $"message to {to}: ");
            return null;
        }

        return (to, text);
    }
}
