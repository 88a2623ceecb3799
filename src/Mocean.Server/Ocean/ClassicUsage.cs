using System.Text;
using Mocean.Ocean;
using Mocean.Research.Formats;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>
/// <c>mocean</c> in classic mode: the original's usage table, in its layout and with its first two lines (a program
/// may read the world's size from the second: <c>our ocean is 900 by 900. hullspeed is 40.0</c>), listing the routes
/// as classic mode answers them; <c>usage=brief</c> gives the short form.
/// </summary>
public static class ClassicUsage
{
    /// <summary>Route, key, value, what it returns: the long table (several lines for a route with several keys).</summary>
    private static readonly (string Route, string Key, string Value, string Returns)[] Table =
    [
        ("mocean", "-", "-", "this message (long version)"),
        ("", "", "", "  client=browser --> a page"),
        ("", "", "", "  usage=brief --> brief"),
        ("join", "name", "letters and digits", "id string: 0, 1, 2..."),
        ("", "", "", "  the same name again: its id"),
        ("quit", "name", "namestring", "player NAME removed from..."),
        ("who", "-", "-", "there are N players: a b "),
        ("name", "id", "my id", "the name from the id"),
        ("id", "name", "namestring", "the id from the name, or -1"),
        ("look", "id", "my id", "nearby things: thing,x,y,z,"),
        ("get", "id", "my id", ""),
        ("", "item", "treasure or whale", "what happened"),
        ("inventory", "id", "my id", "the items i have"),
        ("use", "id", "my id", ""),
        ("", "item", "an inventory item", "what happened"),
        ("sendchat", "id", "sender id", ""),
        ("", "name", "name of recipient", ""),
        ("", "message", "the message to send", "also stops the sender"),
        ("popchat", "id", "my id", "the message, if there is one"),
        ("location", "id", "my id", "x,y,z,f0,f1,f2"),
        ("", "", "", "  f0 = wrap flag"),
        ("", "", "", "  f1 = message flag"),
        ("", "", "", "  f2 = nearby flag"),
        ("velocity", "id", "my id", "vx,vy,heading in radians"),
        ("accel", "id", "my id", ""),
        ("", "ctrl", "one of: w a s d", "x,y,z,vx,vy,heading"),
        ("stop", "id", "my id", "x,y,z,vx,vy,heading"),
        ("dive", "id", "my id", ""),
        ("", "ctrl", "one of: r f", "x,y,z (r = rise, f = down)"),
        ("teleport", "id", "my id", ""),
        ("", "x", "destination x", ""),
        ("", "y", "destination y", "x,y,z (location)"),
        ("ping", "id", "my id", "depth in +meters to bottom"),
        ("whalename", "id", "my id", "the name of my whale"),
        ("treasurename", "id", "my id", "treasures held by NAME: ..."),
        ("seamountname", "id", "my id", "the nearest seamount"),
    ];

    public static string Text(string version, bool brief)
    {
        var size = OceanRules.Default;
        var text = new StringBuilder()
            .Append($"Mocean {version} in classic mode (the V3.14 protocol)   browser? add client=browser. brief? add usage=brief\n")
            .Append($"our ocean is {WireNumbers.Number(size.Width)} by {WireNumbers.Number(size.Height)}. hullspeed is {PythonNumber.Format(size.SurfaceTopSpeed)}\n");
        if (brief)
        {
            foreach (var group in Table.Where(r => r.Route.Length > 0))
            {
                text.Append($"{group.Route,-12} {group.Key,-9} --> {group.Returns}\n");
            }
        }
        else
        {
            text.Append("    Unless noted: ids are 0, 1, 2...; every route also takes ocean=NAME (default main)\n\n")
                .Append($"{"route",-17}{"key",-12}{"value",-26}return string\n")
                .Append($"{"=========",-17}{"=========",-12}{"==================",-26}=====================\n");
            foreach (var (route, key, value, returns) in Table)
            {
                if (route.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append($"{route,-17}{key,-12}{value,-26}{returns}".TrimEnd()).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }
}
