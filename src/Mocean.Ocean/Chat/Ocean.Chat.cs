using Mocean.Ocean.Chat;
using Mocean.Ocean.State;

namespace Mocean.Ocean;

/// <summary>Chat: one-message inboxes, cleaning and filtering, the teacher's notice.</summary>
public sealed partial class OceanGame
{
    /// <summary>
    /// Sends a message to the player named <paramref name="recipient"/>. Control characters are removed,
    /// blocked words starred out; what is left must be 1 to 200 characters (a longer one is refused, never
    /// cut short unseen). The sender stops (they are typing), whatever the outcome. A full inbox or a muted
    /// sender is a refusal of the game, not an error.
    /// </summary>
    public GameReply SendChat(string id, string recipient, string message)
    {
        var touched = Touch(id);
        NoMotionInMeeting();
        var sender = Store(touched with { Speed = 0 });
        var to = FindByName(recipient);
        OutChatReachesOnlyOut(sender, to);
        var text = ChatText.Clean(message);
        if (text.Length == 0 || text.Length > Settings.MessageMaxLength)
        {
            throw new OceanException(OceanError.BadArgument, text.Length == 0
                ? $"message must be 1 to {Settings.MessageMaxLength} characters, like message=hello"
                : $"message must be 1 to {Settings.MessageMaxLength} characters, not {text.Length}: send a shorter one");
        }
        if (sender.Muted)
        {
            return new GameReply(false, "your chat is muted by the teacher");
        }
        to = _players[to.Id];
        if (to.Inbox is not null)
        {
            return new GameReply(false, $"{to.Name}'s inbox is full: try again later");
        }
        text = _blocked.Filter(text);
        _players[to.Id] = to with { Inbox = new ChatMessage(sender.Name, text, OceanNow) };
        _chatLog.Add(new ChatLogEntry(WallNow, sender.Name, to.Name, text));
        _events.Add(WallNow, EventKind.ChatSent, sender.Name, to.Name);
        return new GameReply(true, $"message sent to {to.Name}");
    }

    /// <summary>Takes the waiting message out of the inbox: the teacher's notice first, then a player's message.</summary>
    public GameReply PopChat(string id)
    {
        var p = Touch(id);
        if (p.Notice is not null)
        {
            Store(p with { Notice = null });
            return new GameReply(true, $"the teacher says: {p.Notice}");
        }
        if (p.Inbox is not null)
        {
            Store(p with { Inbox = null });
            return new GameReply(true, $"player {p.Inbox.From} tells you: {p.Inbox.Text}");
        }
        return new GameReply(false, "your inbox is empty");
    }

    /// <summary>Whether a player's chat is muted.</summary>
    public bool IsMuted(string name) => FindByName(name).Muted;
}
