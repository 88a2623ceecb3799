using Mocean.Ocean.State;

namespace Mocean.Ocean.Chat;

/// <summary>The latest chat messages (bounded), for the teacher to read.</summary>
internal sealed class ChatLog(int capacity)
{
    private readonly Queue<ChatLogEntry> _entries = new();

    public void Add(ChatLogEntry entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Math.Max(0, capacity))
        {
            _entries.Dequeue();
        }
    }

    public IReadOnlyList<ChatLogEntry> Entries => [.. _entries];

    public void Clear() => _entries.Clear();

    public void Restore(IEnumerable<ChatLogEntry> entries)
    {
        _entries.Clear();
        foreach (var e in entries)
        {
            Add(e);
        }
    }
}

/// <summary>Cleaning a chat message: control characters removed, surrounding blanks trimmed (its length is the caller's to check).</summary>
public static class ChatText
{
    public static string Clean(string message) => new string([.. (message ?? "").Where(c => !char.IsControl(c))]).Trim();
}
