using Mocean.Client;
using Mocean.Client.Ocean;
using Spectre.Console;

namespace Mocean.Cli.Commands;

/// <summary>
/// The live game loop of <c>mocean ocean play</c>: keys become requests, and the view is refreshed from the server every
/// second. A refusal (a chat to a name not playing, a treasure out of reach, too many requests) is shown as the last reply
/// and play goes on; only the player's own quit (<c>q</c>, the end of piped input, or Ctrl-C, which says how to come back)
/// ends the game, or the server forgetting the player. In a round the round's keys play it (<see cref="RoundPanel"/>).
/// </summary>
public static class OceanPlay
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(MoceanClient client, string name, string? ocean, CancellationToken cancel)
    {
        var player = await client.Ocean.JoinAsync(name, ocean, cancel);
        var view = new DiverView(player) { LastReply = $"joined as {name} ({Shared.Milliseconds(player.Elapsed)} ms)" };
        var chat = new ChatInput();
        var keys = KeySource.Start();
        var again = Again(client, name, ocean);
        var gone = false;
        try
        {
            await RefreshAsync(player, view, cancel);
            if (Console.IsOutputRedirected)
            {
                await LoopAsync(player, view, chat, keys, () => Console.WriteLine(view.StatusLine()), cancel);
            }
            else
            {
                await AnsiConsole.Live(view.Render()).AutoClear(false).StartAsync(async live =>
                    await LoopAsync(player, view, chat, keys, () => { live.UpdateTarget(view.Render()); live.Refresh(); }, cancel));
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
        catch (MoceanException forgotten) when (forgotten.Status == 404)
        {
            gone = true;
            return Shared.Fail(Shared.Refused, $"{name} is no longer in the ocean ({forgotten.ServerLine}); to join again: {again}");
        }
        finally
        {
            if (!gone)
            {
                await QuitAsync(player);
            }
        }

        if (cancel.IsCancellationRequested)
        {
            Console.WriteLine($"stopped with Ctrl-C; to come back: {again}");
        }

        return Shared.Done;
    }

    /// <summary>The command that joins again as this player, with the same ocean and server.</summary>
    private static string Again(MoceanClient client, string name, string? ocean)
    {
        var server = client.Server.ToString().TrimEnd('/');
        return "mocean ocean play " + name
            + (ocean is null ? string.Empty : " --ocean " + ocean)
            + (server == MoceanClient.DefaultServer ? string.Empty : " --server " + server);
    }

    private static async Task LoopAsync(Player player, DiverView view, ChatInput chat, KeySource keys, Action show, CancellationToken cancel)
    {
        var next = DateTime.UtcNow + RefreshEvery;
        show();
        while (!cancel.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            wait.CancelAfter(next - DateTime.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero);
            try
            {
                if (await keys.Keys.WaitToReadAsync(wait.Token))
                {
                    while (keys.Keys.TryRead(out var key))
                    {
                        if (!await ActAsync(player, view, chat, key, cancel))
                        {
                            return;
                        }

                        show();
                    }
                }
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
            }

            if (DateTime.UtcNow >= next)
            {
                try
                {
                    await RefreshAsync(player, view, cancel);
                }
                catch (MoceanException problem) when (!problem.IsUnreachable && problem.Status != 404)
                {
                    view.LastReply = Refusal(problem);
                }

                next = DateTime.UtcNow + RefreshEvery;
                show();
            }
        }
    }

    /// <summary>One key; false when the player quits. A refusal becomes the last reply, and play goes on.</summary>
    private static async Task<bool> ActAsync(Player player, DiverView view, ChatInput chat, ConsoleKeyInfo key, CancellationToken cancel)
    {
        try
        {
            if (chat.Active)
            {
                if (chat.Type(key) is { } message)
                {
                    view.LastReply = await Said(player.SendChatAsync(message.To, message.Text, cancel));
                }

                view.ChatPrompt = chat.Prompt;
                return true;
            }

            if (view.Round.Line.Active)
            {
                if (view.Round.Line.Type(key) is { } line)
                {
                    view.LastReply = await view.Round.SubmitAsync(player, line, cancel);
                }

                view.ChatPrompt = view.Round.Line.Prompt;
                return true;
            }

            return await KeyAsync(player, view, chat, key, cancel);
        }
        catch (MoceanException problem) when (!problem.IsUnreachable)
        {
            view.ChatPrompt = chat.Prompt ?? view.Round.Line.Prompt;
            view.LastReply = Refusal(problem);
            return true;
        }
    }

    private static async Task<bool> KeyAsync(Player player, DiverView view, ChatInput chat, ConsoleKeyInfo key, CancellationToken cancel)
    {
        switch (char.ToLowerInvariant(key.KeyChar))
        {
            case 'q':
                return false;
            case 'w' or 'a' or 's' or 'd':
                var motion = await player.AccelAsync((Control)char.ToLowerInvariant(key.KeyChar), cancel);
                view.Moved(motion);
                view.LastReply = $"accel {char.ToLowerInvariant(key.KeyChar)}: speed {DiverView.F(motion.Speed)} ({Shared.Milliseconds(motion.Elapsed)} ms)";
                break;
            case 'r' or 'f':
                var at = await player.DiveAsync((Dive)char.ToLowerInvariant(key.KeyChar), cancel);
                (view.X, view.Y, view.Z, view.Vx, view.Vy) = (at.X, at.Y, at.Z, 0, 0);
                view.LastReply = $"depth {DiverView.F(at.Z)} m ({Shared.Milliseconds(at.Elapsed)} ms)";
                break;
            case 'g':
                view.LastReply = await Said(player.GetAsync("treasure", cancel));
                break;
            case 'l':
                var look = await player.LookAsync(cancel);
                view.InSight = look.Items;
                view.Event(look.Items.Count == 0 ? "look: nothing in sight" : "look: " + string.Join("; ", look.Items.Select(s => $"{s.Kind} at {DiverView.F(s.X)},{DiverView.F(s.Y)},{DiverView.F(s.Z)}")));
                view.LastReply = $"look: {view.Sight()} ({Shared.Milliseconds(look.Elapsed)} ms)";
                break;
            case 'c':
                chat.Start();
                view.ChatPrompt = chat.Prompt;
                break;
            case var other when await view.Round.KeyAsync(player, other, cancel) is { } said:
                view.ChatPrompt = view.Round.Line.Prompt;
                view.LastReply = said.Length > 0 ? said : view.LastReply;
                break;
        }

        return true;
    }

    private static string Refusal(MoceanException problem) => $"no ({problem.Status}): {problem.ServerLine}";

    private static async Task RefreshAsync(Player player, DiverView view, CancellationToken cancel)
    {
        var here = await player.LocationAsync(cancel);
        var velocity = await player.VelocityAsync(cancel);
        (view.X, view.Y, view.Z, view.Vx, view.Vy, view.Heading) = (here.X, here.Y, here.Z, velocity.Vx, velocity.Vy, velocity.Heading);
        view.Floor = (await player.PingAsync(cancel)).FloorDepth;
        view.InSight = (await player.LookAsync(cancel)).Items;
        if (here.MessageWaiting)
        {
            view.Event((await player.PopChatAsync(cancel)).Text);
        }

        await view.Round.RefreshAsync(player, view.Event, cancel);
    }

    /// <summary>Leaves the ocean, so the name is free again; says so if the server has already forgotten the player.</summary>
    private static async Task QuitAsync(Player player)
    {
        try
        {
            Console.WriteLine((await player.QuitAsync(CancellationToken.None)).Text);
        }
        catch (MoceanException problem)
        {
            Console.Error.WriteLine($"mocean: could not quit: {problem.ServerLine}");
        }
    }

    private static async Task<string> Said(Task<Said> said)
    {
        var reply = await said;
        return $"{reply.Text} ({Shared.Milliseconds(reply.Elapsed)} ms)";
    }
}
