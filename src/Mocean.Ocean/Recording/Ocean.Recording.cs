using Mocean.Ocean.Commands;
using Mocean.Ocean.Recording;
using Mocean.Ocean.State;

namespace Mocean.Ocean;

/// <summary>
/// The game's record (see <see cref="RecordedEvent"/>, <see cref="TrackPoint"/>): derived in one place from what the
/// engine already says happened (its event feed, its round state) and the command that made it happen, after each
/// command (<see cref="Execute{TResult}"/>) and at each track sample. Unlike the live feed it names who tagged, who
/// voted for whom (once the meeting is over) and each player's role, so it is the teacher's to read; it never holds a
/// chat's text or a player's id. Off until the host turns it on (<see cref="Recording"/>).
/// </summary>
public sealed partial class OceanGame
{
    private readonly RecordBuffer _record = new();
    private int _roundsStarted;

    /// <summary>Whether the record is kept (the host takes it with <see cref="TakeRecord"/>).</summary>
    public bool Recording
    {
        get => _record.On;
        set
        {
            _record.On = value;
            _record.FeedSeq = _events.LastSeq;
            _record.RoundSeen = _round;
            _record.RolesRound = RoundNumber;
            _record.RolesRecorded.Clear();
            _record.RolesRecorded.UnionWith(_round?.Players.Select(p => p.Name) ?? []);
        }
    }

    /// <summary>The number of the round the ocean is in (1 for its first), 0 outside a round.</summary>
    public int RoundNumber => _round is null ? 0 : _roundsStarted;

    /// <summary>Everything recorded since the last call, oldest first; the record forgets it.</summary>
    public RecordBatch TakeRecord() => _record.Take();

    /// <summary>
    /// Samples every player's place now (not an access): a point for each player who is somewhere else than at their
    /// last sample, so a player at rest adds nothing however often anyone asks. The host calls this once a second.
    /// </summary>
    public void SampleTracks()
    {
        if (!_record.On)
        {
            return;
        }
        SyncRound();
        RecordWhatHappened(null);
        var (wall, now, round) = (WallNow, MotionNow, RoundNumber);
        foreach (var p in _players.Values.OrderBy(p => p.JoinOrder))
        {
            var q = MoveToNow(p, now);
            _record.Sample(new TrackPoint(wall, round, q.Name, q.X, q.Y, q.Z, q.Speed, q.Heading));
        }
    }

    /// <summary>Records what the feed and the round say happened since the last look, and what <paramref name="done"/> did.</summary>
    private void RecordWhatHappened(GameCommand? done, object? answer = null)
    {
        if (!_record.On)
        {
            return;
        }
        if (_events.LastSeq != _record.FeedSeq)
        {
            foreach (var e in _events.Since(_record.FeedSeq))
            {
                RecordFeedEvent(e, done);
            }
            _record.FeedSeq = _events.LastSeq;
        }
        if (!ReferenceEquals(_round, _record.RoundSeen))
        {
            RecordRoles(WallNow);
        }
        if (done is not null)
        {
            RecordCommand(done, answer);
        }
    }

    private void RecordFeedEvent(OceanEvent e, GameCommand? done)
    {
        switch (e.Kind)
        {
            case EventKind.Quit or EventKind.Removed:
                Record(e.At, e.Kind == EventKind.Quit ? RecordKinds.Quit : RecordKinds.Removed, e.Player, e.Detail);
                _record.Left(e.Player);
                break;
            case EventKind.Tagged:
                Record(e.At, RecordKinds.Tag, Actor(done is Player.Tag t ? t.Id : null), e.Player);
                if (_round?.Beacons.LastOrDefault(b => string.Equals(b.Name, e.Player, StringComparison.OrdinalIgnoreCase)) is { } beacon)
                {
                    _record.Add(new RecordedEvent(e.At, RoundNumber, RecordKinds.Beacon, e.Player, null, null, beacon.X, beacon.Y, beacon.Z));
                }
                break;
            case EventKind.Storm:
                Record(e.At, RecordKinds.Storm, Actor(done is Player.Sabotage s ? s.Id : null), null);
                break;
            case EventKind.Voted:
                break; // who voted for whom is recorded when the meeting is over
            case EventKind.MeetingEnded:
                RecordMeetingEnd(e);
                break;
            case EventKind.RoundStarted:
                Record(e.At, RecordKinds.RoundStarted, "", e.Detail);
                RecordRoles(e.At);
                break;
            case EventKind.RoundEnded:
                Record(e.At, RecordKinds.RoundEnded, "", e.Player, round: _roundsStarted);
                break;
            case EventKind.Reset when _record.RoundSeen is not null:
                Record(e.At, RecordKinds.RoundEnded, "", "reset", round: _roundsStarted);
                Record(e.At, RecordKinds.Reset, "", e.Detail);
                break;
            default:
                Record(e.At, FeedKind(e.Kind), e.Player is "teacher" ? "" : e.Player, e.Player is "teacher" ? "teacher" : e.Detail);
                break;
        }
    }

    private void RecordMeetingEnd(OceanEvent e)
    {
        if (_round?.Meeting is { } m && m.Result == e.Detail)
        {
            foreach (var v in m.Votes)
            {
                Record(e.At, RecordKinds.Vote, v.Voter, v.For);
            }
            if (m.Ejected is { } ejected)
            {
                Record(e.At, RecordKinds.Ejected, ejected, null);
            }
        }
        Record(e.At, RecordKinds.MeetingEnded, "", e.Detail);
    }

    /// <summary>A role event for each player of the round not yet recorded: everyone at the start, a late joiner when they join.</summary>
    private void RecordRoles(DateTimeOffset at)
    {
        if (_record.RolesRound != RoundNumber)
        {
            _record.RolesRecorded.Clear();
            _record.RolesRound = RoundNumber;
        }
        _record.RoundSeen = _round;
        foreach (var p in _round?.Players ?? [])
        {
            if (_record.RolesRecorded.Add(p.Name))
            {
                Record(at, RecordKinds.Role, p.Name, p.IsImpostor ? "impostor" : "crew");
            }
        }
    }

    private void RecordCommand(GameCommand done, object? answer)
    {
        switch (done)
        {
            case Player.Use use when answer is GameReply { Done: true } && !IsItem(use.Item.Trim(), Items.ItemNames.Whale):
                Record(WallNow, RecordKinds.ItemUsed, Actor(use.Id), use.Item.Trim());
                break;
            case Player.DoTask task when Actor(task.Id) is { Length: > 0 } name:
                var kind = _round?.Find(name)?.Tasks.FirstOrDefault(t => t.N == task.N)?.Kind;
                Record(WallNow, RecordKinds.Task, name, $"{task.N} {kind?.ToString().ToLowerInvariant()}");
                break;
            case Player.Say say when Actor(say.Id) is { Length: > 0 } name:
                var line = _round?.Meeting?.Lines.LastOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
                Record(WallNow, RecordKinds.Line, name, null, text: line?.Text);
                break;
            case Teacher.Give give:
                Record(WallNow, RecordKinds.Give, NameAsKnown(give.Name), give.Item);
                break;
            case Teacher.Mute mute:
                Record(WallNow, mute.Muted ? RecordKinds.Mute : RecordKinds.Unmute, NameAsKnown(mute.Name), "teacher");
                break;
        }
    }

    private void Record(DateTimeOffset at, string kind, string player, string? detail, string? text = null, int? round = null)
    {
        var place = player.Length == 0 ? null
            : _idsByName.TryGetValue(player, out var id) ? (_players[id].X, _players[id].Y, _players[id].Z)
            : _record.Known(player);
        _record.Add(new RecordedEvent(at, round ?? RoundNumber, kind, player, detail, text, place?.X, place?.Y, place?.Z));
    }

    private string Actor(string? id) => id is not null && _players.TryGetValue(id, out var p) ? p.Name : "";

    private string NameAsKnown(string name) => _idsByName.TryGetValue(name, out var id) ? _players[id].Name : name;

    private static string FeedKind(EventKind kind) => kind switch
    {
        EventKind.Join => RecordKinds.Join,
        EventKind.TreasureTaken => RecordKinds.TreasureTaken,
        EventKind.WhaleRidden => RecordKinds.WhaleRidden,
        EventKind.WhaleLeft => RecordKinds.WhaleLeft,
        EventKind.Bloom => RecordKinds.Bloom,
        EventKind.ChatSent => RecordKinds.Chat,
        EventKind.Broadcast => RecordKinds.Broadcast,
        EventKind.Reset => RecordKinds.Reset,
        EventKind.Paused => RecordKinds.Paused,
        EventKind.Resumed => RecordKinds.Resumed,
        EventKind.RoundStarted => RecordKinds.RoundStarted,
        EventKind.RoundOver => RecordKinds.RoundOver,
        EventKind.MeetingCalled => RecordKinds.Meeting,
        _ => kind.ToString().ToLowerInvariant(),
    };
}
