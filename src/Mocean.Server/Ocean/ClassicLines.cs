using Mocean.Ocean;

namespace Mocean.Server.Ocean;

/// <summary>
/// The original's words for the game's answers and refusals in classic mode, route by route, where a program
/// written for the original could read them (shared/spec/classic-v314.md): all with status 200, as the original
/// answered. Answers whose words carry a value (a treasure's or a whale's name, a chat line) are recognised by
/// their form; every other answer keeps our words.
/// </summary>
public static class ClassicLines
{
    public const string BadPlayerId = "bad player id; try debugging using the id route";

    /// <summary>The original's refusal on <paramref name="route"/> for the engine's <paramref name="error"/>; null where ours stays.</summary>
    public static string? Refusal(string route, OceanError error) => (route, error) switch
    {
        (_, OceanError.UnknownPlayer) => BadPlayerId,
        ("accel", OceanError.BadControl) => "accel route fail, possibly bad ctrl (should be one of: w a s d)",
        ("dive", OceanError.BadControl) => "-1",
        ("get", OceanError.BadArgument) => "Did you specify the item you want to get? If so: That item is not available",
        ("sendchat", OceanError.UnknownName) => "player for chat message does not seem to be in the game",
        ("sendchat", OceanError.BadArgument) => "the message was not send: seems to be too short",
        _ => null,
    };

    /// <summary>The original's words for the game's answer <paramref name="text"/> on <paramref name="route"/>, or the answer as it is.</summary>
    public static string Answer(string route, bool done, string text) => (route, done) switch
    {
        ("get", true) when text.StartsWith("you got the ", StringComparison.Ordinal) => "treasure recovered! ",
        ("get", true) when text.StartsWith("you are riding ", StringComparison.Ordinal) => "congratulations, you are now riding a whale",
        ("get", false) when text.StartsWith("you are already riding ", StringComparison.Ordinal) => "you are already riding a whale",
        ("get", false) when text == "nothing in reach: treasures lie on the sea floor at the seamount peaks" => "there is no treasure within your grasp at the moment",
        ("get", false) when text == "nothing in reach: whales swim at the surface" => "there are no whales within your reach at the moment",
        ("get", false) when text.StartsWith("the whales are too hungry", StringComparison.Ordinal) => "all the whales are too hungry to help you",
        ("use", false) when text.StartsWith("you do not have ", StringComparison.Ordinal) =>
            "player does not have requested item to use; be sure to spell it as listed in your inventory!",
        ("use", true) when text.StartsWith("you breathe from the air tank", StringComparison.Ordinal) => "there is no way to make use of that item right now",
        ("teleport", false) when text == "you need the teleport crystal to teleport" => "you need to find a particular treasure to teleport",
        ("whalename", false) => "this player has no whale and hence no whale name",
        ("sendchat", true) when text.StartsWith("message sent to ", StringComparison.Ordinal) => "your message is in your recipients inbox waiting to be read",
        ("sendchat", false) when text.EndsWith("'s inbox is full: try again later", StringComparison.Ordinal) => "player has an unread message blocking your message",
        ("popchat", false) => "no message in your inbox",
        _ => text,
    };

    /// <summary><c>seamountname</c> as the original said it.</summary>
    public static string Seamount(string name) => "the nearest seamount to you is called " + name;

    /// <summary><c>who</c> as the original wrote it: each name followed by a space.</summary>
    public static string Who(IReadOnlyCollection<string> names) =>
        $"there are {names.Count} players: " + string.Concat(names.Select(n => n + " "));

    /// <summary><c>treasurename</c> (both modes): the player's treasures (not the air tank), each followed by a space.</summary>
    public static string Treasures(string name, IEnumerable<string> treasures) =>
        $"treasures held by {name}: " + string.Concat(treasures.Select(t => t + " "));

    /// <summary>
    /// <c>inventory</c> as the original printed its Python list: the air tank as <c>['air tank', 'air tank', 1.0]</c>,
    /// each treasure as <c>['treasure', 'NAME']</c>, the whale ridden as <c>['whale', 'NAME']</c>.
    /// </summary>
    public static string Inventory(IEnumerable<string> inventory, string? whale)
    {
        var items = inventory.Select(item => IsTreasure(item)
            ? $"[{Python("treasure")}, {Python(item)}]"
            : $"[{Python(item)}, {Python(item)}, 1.0]");
        if (whale is not null)
        {
            items = items.Append($"[{Python("whale")}, {Python(whale)}]");
        }

        return "[" + string.Join(", ", items) + "]";
    }

    public static bool IsTreasure(string item) => !string.Equals(item, Mocean.Ocean.Items.ItemNames.AirTank, StringComparison.Ordinal);

    /// <summary>A string as Python's repr writes it: in single quotes, or in double quotes when it holds a single quote and no double one.</summary>
    public static string Python(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var inner = text.Replace("\\", "\\\\", StringComparison.Ordinal);
        if (quote == '\'')
        {
            inner = inner.Replace("'", "\\'", StringComparison.Ordinal);
        }

        return quote + inner + quote;
    }
}
