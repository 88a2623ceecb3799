using Mocean.Ocean.Items;
using Mocean.Ocean.State;

namespace Mocean.Ocean;

/// <summary>Using items: iron dust, crash alert, teleport crystal, held tools, flavour, getting off a whale.</summary>
public sealed partial class OceanGame
{
    private static readonly Dictionary<string, string> Flavour = new(StringComparer.OrdinalIgnoreCase)
    {
        [ItemNames.AirTank] = "you breathe from the air tank: plenty of air left",
        ["fishing net"] = "you cast the fishing net: it comes back full of seaweed",
        ["JSON ROV"] = "the JSON ROV answers {\"status\": \"ok\"} and waits for orders",
        ["ALVIN submarine"] = "ALVIN's lights flicker on: a fine submarine, for later",
        ["imaging sonar"] = "the imaging sonar pings: the screen shows the sea floor, blurry",
        ["chrono-synclastic infundibulum"] = "you are everywhere and nowhere for a moment, then back",
        ["ham and cheese sandwich"] = "you eat the ham and cheese sandwich: delicious, and a little soggy",
    };

    /// <summary><c>use item=NAME</c> for an item held, or <c>use item=whale</c> to get off the whale ridden.</summary>
    public GameReply Use(string id, string item)
    {
        var p = Touch(id);
        item = (item ?? "").Trim();
        if (IsItem(item, ItemNames.Whale))
        {
            NoMotionInMeeting();
            if (p.Whale is not int w)
            {
                return new GameReply(false, "you are not riding a whale");
            }
            Store(ReleaseWhale(p, w));
            return new GameReply(true, $"you get off {_whales[w].Name}, who swims on");
        }
        var held = p.Inventory.FirstOrDefault(i => IsItem(i, item));
        if (held is null)
        {
            return new GameReply(false, $"you do not have {(item.Length == 0 ? "that" : item)}: inventory lists what you hold");
        }
        return held switch
        {
            _ when IsItem(held, ItemNames.IronDust) => UseIronDust(p, held),
            _ when IsItem(held, ItemNames.CrashAlert) => new GameReply(true, $"crash alert: the nearest seamount is {World.Floor.Nearest(p.X, p.Y).Name}"),
            _ when IsItem(held, ItemNames.TeleportCrystal) => new GameReply(true, "the crystal glows: while you hold it, teleport takes you anywhere"),
            _ when IsItem(held, ItemNames.BoatHook) => new GameReply(true, $"the boat hook is in your hand: your reach is {Settings.BoatHookReach} m while you hold it"),
            _ when IsItem(held, ItemNames.Binoculars) => new GameReply(true, $"through the binoculars you see {Settings.BinocularsSight} m while you hold them"),
            _ => new GameReply(true, Flavour.TryGetValue(held, out var line) ? line : $"you turn the {held} over in your hands: nothing happens"),
        };
    }

    private GameReply UseIronDust(PlayerState p, string held)
    {
        var inventory = p.Inventory.ToList();
        inventory.Remove(held);
        Store(p with { Inventory = inventory });
        if (_bloom)
        {
            return new GameReply(true, "you sprinkle the iron dust: the plankton blooms even more, the whales are well fed");
        }
        _bloom = true;
        _events.Add(WallNow, EventKind.Bloom, p.Name, null);
        return new GameReply(true, "you sprinkle the iron dust: the plankton blooms and the whales are fed: now they can be ridden");
    }
}
