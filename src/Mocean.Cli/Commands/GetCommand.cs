using System.CommandLine;
using System.Globalization;
using Mocean.Client;

namespace Mocean.Cli.Commands;

/// <summary><c>mocean get ROUTE key=value ...</c>: one request, the reply, the milliseconds; <c>--repeat N</c> gives min, median and p99.</summary>
public static class GetCommand
{
    public static Command Create()
    {
        var route = new Argument<string>("ROUTE") { Description = "The route to ask, like hello, steps, exchange or location" };
        var pairs = new Argument<string[]>("key=value") { Description = "Parameters of the request, like message=hello or task=5", Arity = ArgumentArity.ZeroOrMore };
        var repeat = new Option<int>("--repeat", "-n") { Description = "Send the same request N times and print the min / median / p99 milliseconds", DefaultValueFactory = _ => 1, HelpName = "N", CustomParser = Shared.WholeNumber("--repeat (how many requests)") };
        var command = new Command("get", "Send one request and print the reply and how many milliseconds it took.\nExample: mocean get steps message=hello   or   mocean get exchange task=5 --repeat 100")
        {
            route, pairs, repeat,
        };
        command.SetAction((parse, cancel) => Shared.RunAsync(parse, cancel, client => RunAsync(client, parse.GetValue(route)!, parse.GetValue(pairs) ?? [], parse.GetValue(repeat), cancel)));
        return command;
    }

    private static async Task<int> RunAsync(MoceanClient client, string route, string[] pairs, int repeat, CancellationToken cancel)
    {
        var query = new List<KeyValuePair<string, string?>>();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return Shared.Fail(Shared.Refused, $"'{pair}' is not a parameter: write key=value, like message=hello");
            }

            query.Add(new(pair[..equals], pair[(equals + 1)..]));
        }

        if (repeat < 1)
        {
            return Shared.Fail(Shared.Refused, "--repeat needs a count of 1 or more");
        }

        var times = new List<TimeSpan>(repeat);
        TextReply? first = null;
        for (var i = 0; i < repeat; i++)
        {
            var reply = await client.GetTextAsync(route.Trim().TrimStart('/'), query, cancel);
            first ??= reply;
            times.Add(reply.Elapsed);
        }

        Console.WriteLine(first!.Text.TrimEnd('\n'));
        if (repeat == 1)
        {
            Console.WriteLine($"milliseconds: {Shared.Milliseconds(first.Elapsed)}");
        }
        else
        {
            var (min, median, p99) = Timings.Summary(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{repeat} requests, milliseconds: min {Shared.Milliseconds(min)} / median {Shared.Milliseconds(median)} / p99 {Shared.Milliseconds(p99)}"));
        }

        return Shared.Done;
    }
}

/// <summary>Summary figures of measured round trips.</summary>
public static class Timings
{
    /// <summary>The fastest, the median (mean of the middle two for an even count) and the 99th percentile (nearest rank).</summary>
    public static (TimeSpan Min, TimeSpan Median, TimeSpan P99) Summary(IReadOnlyCollection<TimeSpan> times)
    {
        var sorted = times.Order().ToArray();
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        var rank = (int)Math.Ceiling(0.99 * n);
        return (sorted[0], median, sorted[Math.Clamp(rank, 1, n) - 1]);
    }
}
