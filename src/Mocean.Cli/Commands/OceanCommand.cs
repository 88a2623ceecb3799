using System.CommandLine;
using Mocean.Client;

namespace Mocean.Cli.Commands;

/// <summary><c>mocean ocean play NAME</c> (steer a diver from the keyboard) and <c>mocean ocean who</c>.</summary>
public static class OceanCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Your diver's name: letters and digits, 1 to 20" };
        var ocean = new Option<string?>("--ocean") { Description = "Which ocean to join (default: main); your teacher may give one per class", HelpName = "OCEAN" };
        var play = new Command("play", """
            Join the ocean and steer your diver live from the keyboard:
              w faster   s slower   a veer left   d veer right
              r rise 5 m   f sink 5 m (diving stops you; treasures lie on the floor)
              g grab the treasure in reach   l look around   c chat to a player   q quit
            The status line shows your position, depth, speed, heading, what is in sight and the server's last reply;
            a refusal (a chat to a name that is not playing, say) shows there too and play goes on.
            q (or Ctrl-C, which prints the command to come back) leaves the ocean.
            """)
        {
            name, ocean,
        };
        play.SetAction((parse, cancel) => Shared.RunAsync(parse, cancel, client => OceanPlay.RunAsync(client, parse.GetValue(name)!, parse.GetValue(ocean), cancel)));

        var whoOcean = new Option<string?>("--ocean") { Description = "Which ocean (default: main)", HelpName = "OCEAN" };
        var who = new Command("who", "List the players in an ocean.") { whoOcean };
        who.SetAction((parse, cancel) => Shared.RunAsync(parse, cancel, client => WhoAsync(client, parse.GetValue(whoOcean), cancel)));
        return new Command("ocean", "Play Mocean, the multiplayer ocean.") { play, who };
    }

    private static async Task<int> WhoAsync(MoceanClient client, string? ocean, CancellationToken cancel)
    {
        var who = await client.Ocean.WhoAsync(ocean, cancel);
        Console.WriteLine($"there are {who.Count} players: {string.Join(' ', who.Names)}");
        Console.WriteLine($"milliseconds: {Shared.Milliseconds(who.Elapsed)}");
        return Shared.Done;
    }
}
