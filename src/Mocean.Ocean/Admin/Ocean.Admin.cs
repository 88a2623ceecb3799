using Mocean.Ocean.Chat;
using Mocean.Ocean.State;
using Mocean.Ocean.World;

namespace Mocean.Ocean;

/// <summary>The teacher's operations (the host checks the admin key and logs them).</summary>
public sealed partial class OceanGame
{
    /// <summary>A fresh ocean (a new seed, or the same): new world, every player removed, treasures back, no bloom.</summary>
    public void Reset(ulong? seed = null)
    {
        World = OceanWorld.Generate(seed ?? Seed, Settings);
        _players.Clear();
        _idsByName.Clear();
        _taken.Clear();
        _bloom = false;
        _chatLog.Clear();
        _whales = FreshWhales(World, OceanNow);
        _round = null;
        _cityFloor = null;
        _events.Add(WallNow, EventKind.Reset, "", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Removes the named player (their whale swims on); an unknown name throws.</summary>
    public void RemovePlayer(string name)
    {
        var p = FindByName(name);
        Remove(p);
        _events.Add(WallNow, EventKind.Removed, p.Name, "teacher");
    }

    /// <summary>Puts a line in every player's inbox as the teacher's notice (replacing an unread one); returns how many got it.</summary>
    public int Broadcast(string line)
    {
        var text = ChatText.Clean(line);
        if (text.Length == 0)
        {
            throw new OceanException(OceanError.BadArgument, "a broadcast needs a line of text");
        }
        if (text.Length > Settings.MessageMaxLength)
        {
            throw new OceanException(OceanError.BadArgument, $"a broadcast is at most {Settings.MessageMaxLength} characters, not {text.Length}: send a shorter line");
        }
        foreach (var p in _players.Values.ToList())
        {
            _players[p.Id] = p with { Notice = text };
        }
        _chatLog.Add(new ChatLogEntry(WallNow, "teacher", "everyone", text));
        _events.Add(WallNow, EventKind.Broadcast, "teacher", null);
        return _players.Count;
    }

    /// <summary>Stops ocean time: no motion, whale drift, treasure return or idling until <see cref="Resume"/>.</summary>
    public void Pause()
    {
        if (!_clock.Paused)
        {
            _clock = _clock.Pause(WallNow);
            _events.Add(WallNow, EventKind.Paused, "teacher", null);
        }
    }

    public void Resume()
    {
        if (_clock.Paused)
        {
            _clock = _clock.Resume(WallNow);
            _events.Add(WallNow, EventKind.Resumed, "teacher", null);
        }
    }

    /// <summary>Gives the named player an item the game knows (a treasure or the air tank); returns its name as the game spells it.</summary>
    public string GiveItem(string name, string item)
    {
        var p = Touch(FindByName(name).Id);
        var items = Settings.TreasureNames.Concat(OceanRules.Default.TreasureNames).Append(Settings.StartItem).Distinct().ToList();
        var known = items.FirstOrDefault(i => IsItem(i, (item ?? "").Trim()))
            ?? throw new OceanException(OceanError.UnknownItem, $"no such item; known items: {string.Join(", ", items)}");
        Store(p with { Inventory = [.. p.Inventory, known] });
        return known;
    }

    /// <summary>Mutes or unmutes the named player's chat (they can still receive).</summary>
    public void Mute(string name, bool muted)
    {
        var p = FindByName(name);
        _players[p.Id] = p with { Muted = muted };
    }

    /// <summary>The latest chat messages, oldest first, with sender, recipient and (wall) time.</summary>
    public IReadOnlyList<ChatLogEntry> ChatLog() => _chatLog.Entries;

    /// <summary>The sequence number of the latest event (0 before any).</summary>
    public long LastEventSeq => _events.LastSeq;

    /// <summary>The kept events with a sequence number above <paramref name="afterSeq"/>, oldest first.</summary>
    public IReadOnlyList<OceanEvent> Events(long afterSeq = 0) => _events.Since(afterSeq);
}
