using System.CommandLine;
using Mocean.Client;
using Mocean.Client.Steps;
using Spectre.Console;

namespace Mocean.Cli.Commands;

/// <summary>
/// <c>mocean steps</c>: the interactive Steps player. Each line typed is sent to the current route;
/// <c>route</c> switches route, <c>quit</c> or the end of input stops.
/// </summary>
public static class StepsCommand
{
    public static Command Create()
    {
        var name = new Option<string?>("--name") { Description = "Your player name, so your solves count on /steps/progress", HelpName = "NAME" };
        var start = new Option<string>("--route") { Description = "The route to start on", DefaultValueFactory = _ => "steps", HelpName = "ROUTE" };
        var command = new Command("steps", """
            Play the Steps puzzles: type a message and press Enter to send it to the current route; you see
            the server's reply and how many milliseconds it took.
              route            switch route (you are asked for its name, like: puzzle)
              route NAME [KEY] switch to NAME at once (KEY is the query key it reads: message, or solution)
              quit             stop (so does Ctrl+D)
            """)
        {
            name, start,
        };
        command.SetAction((parse, cancel) => Shared.RunAsync(parse, cancel, client => PlayAsync(client, parse.GetValue(start)!, parse.GetValue(name), cancel)));
        return command;
    }

    private static async Task<int> PlayAsync(MoceanClient client, string startRoute, string? name, CancellationToken cancel)
    {
        var route = startRoute.Trim().Trim('/');
        if (route.Length == 0)
        {
            return Shared.Fail(Shared.Refused, "--route needs a route name, like steps or puzzle");
        }

        string? key = null;
        await client.HelloAsync(cancel);
        Console.WriteLine($"Playing Steps on {client.Server}, route {route}. Type 'route' to switch, 'quit' to stop.");
        while (true)
        {
            var line = Ask($"[{route}] message> ");
            if (line is null || line.Trim() == "quit")
            {
                break;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words is ["route", ..])
            {
                if (words.Length == 1)
                {
                    words = [.. (Ask("new route> ") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                }
                else
                {
                    words = words[1..];
                }

                if (words.Length > 0 && words[0].Trim('/').Length > 0)
                {
                    route = words[0].Trim('/');
                    key = words.Length > 1 ? words[1] : null;
                }

                Console.WriteLine($"now on route {route} (key {key ?? StepsClient.KeyOf(route)})");
                continue;
            }

            try
            {
                var reply = await client.Steps.SendAsync(route, line.Trim(), name, key, cancel);
                Console.WriteLine(reply.Text);
                AnsiConsole.MarkupLine($"[grey]milliseconds: {Shared.Milliseconds(reply.Elapsed)}[/]");
                if (reply.Next is { } next)
                {
                    AnsiConsole.MarkupLine($"[green]Solved! To go on, type: route {Markup.Escape(next)}[/]");
                }
            }
            catch (MoceanException problem) when (!problem.IsUnreachable)
            {
                Console.WriteLine($"the server said no ({problem.Status}): {problem.ServerLine}");
            }
        }

        Console.WriteLine("bye");
        return Shared.Done;
    }

    /// <summary>One line from the keyboard, or null at the end of input.</summary>
    private static string? Ask(string prompt)
    {
        Console.Write(prompt);
        var line = Console.ReadLine();
        if (line is null)
        {
            Console.WriteLine();
        }

        return line;
    }
}
