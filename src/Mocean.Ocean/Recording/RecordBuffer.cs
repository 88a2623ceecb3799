namespace Mocean.Ocean.Recording;

/// <summary>
/// What the record gathered and not yet taken by the host, bounded (the oldest dropped first when a host stops taking),
/// and what it remembers to keep the record short: each player's last sampled place (tracks grow only with motion) and
/// last known place (for the event of a player who has just left).
/// </summary>
internal sealed class RecordBuffer
{
    /// <summary>The most rows of each kind kept waiting for the host.</summary>
    public const int MaxPending = 500_000;

    private readonly Dictionary<string, (double X, double Y, double Z)> _sampled = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (double X, double Y, double Z)> _known = new(StringComparer.OrdinalIgnoreCase);
    private List<RecordedEvent> _events = [];
    private List<TrackPoint> _tracks = [];

    public bool On { get; set; }

    /// <summary>The live feed's last event already looked at.</summary>
    public long FeedSeq { get; set; }

    /// <summary>The round state whose players' roles are recorded (compared by reference: the state is immutable).</summary>
    public object? RoundSeen { get; set; }

    /// <summary>The round whose roles <see cref="RolesRecorded"/> lists.</summary>
    public int RolesRound { get; set; }

    public HashSet<string> RolesRecorded { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Add(RecordedEvent e)
    {
        if (e.X is { } x && e.Y is { } y && e.Z is { } z && e.Player.Length > 0)
        {
            _known[e.Player] = (x, y, z);
        }
        Bounded(_events).Add(e);
    }

    /// <summary>Adds a track point if the player is somewhere else than at their last sample.</summary>
    public void Sample(TrackPoint t)
    {
        var place = (t.X, t.Y, t.Z);
        if (_sampled.TryGetValue(t.Player, out var last) && last == place)
        {
            return;
        }
        _sampled[t.Player] = place;
        _known[t.Player] = place;
        Bounded(_tracks).Add(t);
    }

    public (double X, double Y, double Z)? Known(string name) => _known.TryGetValue(name, out var p) ? p : null;

    /// <summary>Forgets a player who left (their next sample, if they come back, is recorded again).</summary>
    public void Left(string name) => _sampled.Remove(name);

    public RecordBatch Take()
    {
        if (_events.Count == 0 && _tracks.Count == 0)
        {
            return RecordBatch.Empty;
        }
        var batch = new RecordBatch(_events, _tracks);
        _events = [];
        _tracks = [];
        return batch;
    }

    private static List<T> Bounded<T>(List<T> list)
    {
        if (list.Count >= MaxPending)
        {
            list.RemoveRange(0, list.Count - MaxPending + 1);
        }
        return list;
    }
}
