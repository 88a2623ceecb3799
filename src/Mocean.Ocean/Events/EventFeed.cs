using Mocean.Ocean.State;

namespace Mocean.Ocean.Events;

/// <summary>The live map's feed: the latest events (bounded), numbered 1, 2, 3... never reused.</summary>
internal sealed class EventFeed(int capacity, long lastSeq)
{
    private readonly Queue<OceanEvent> _events = new();

    public long LastSeq { get; private set; } = lastSeq;

    public OceanEvent Add(DateTimeOffset at, EventKind kind, string player, string? detail)
    {
        var e = new OceanEvent(++LastSeq, at, kind, player, detail);
        _events.Enqueue(e);
        while (_events.Count > Math.Max(0, capacity))
        {
            _events.Dequeue();
        }
        return e;
    }

    public IReadOnlyList<OceanEvent> All => [.. _events];

    public IReadOnlyList<OceanEvent> Since(long seq) => [.. _events.Where(e => e.Seq > seq)];

    public void Restore(IEnumerable<OceanEvent> events)
    {
        _events.Clear();
        foreach (var e in events)
        {
            _events.Enqueue(e);
        }
    }
}
