using System.Diagnostics;
using Mocean.Research.Query;

namespace Mocean.Research.Formats;

/// <summary>
/// Readies a freshly started server for its first large query, in the background after start: every column
/// of every data set is read once (the store's file and buffers warm) and each text format streams some
/// rows of each data set to nowhere (the formatting code compiled and optimised before a user waits on it).
/// </summary>
public static class Warmer
{
    /// <summary>Rows each format writes per data set and pass (enough for the runtime to optimise the loops, cheap on a small machine).</summary>
    public const int Rows = 2_000;

    /// <summary>How many times the formats run.</summary>
    public const int Passes = 4;

    private static readonly string[] Types = ["csv", "csvp", "csv0", "tsv", "json", "jsonlKVP", "htmlTable"];

    /// <summary>Warms the store and the formats; answers how long it took. Stops early when <paramref name="cancel"/> fires.</summary>
    public static async Task<TimeSpan> WarmAsync(DataService data, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(data);
        var clock = Stopwatch.StartNew();
        foreach (var stored in data.Datasets)
        {
            cancel.ThrowIfCancellationRequested();
            var d = stored.Descriptor;
            var every = string.Join(", ", d.Columns.Select(c => $"min({QueryPlanner.Quote(c.Name)})"));
            data.Store.Count($"SELECT count(*) FROM (SELECT {every} FROM {QueryPlanner.Quote(d.TableName)})", [], cancel);
        }

        // Several passes with pauses between: the runtime compiles hot code in stages (quick, then measured, then
        // optimised with what was measured), each after the code has run a while and the compiler has had a pause.
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var stored in data.Datasets)
            {
                var plan = QueryPlanner.Plan(TabledapRequest.Parse(""), stored.Descriptor);
                plan = plan with { Sql = $"{plan.Sql} LIMIT {Rows}" };
                foreach (var type in Types)
                {
                    cancel.ThrowIfCancellationRequested();
                    using var result = data.Store.Query(plan.Sql, plan.Parameters, cancel, streaming: true);
                    await TableWriter.WriteAsync(result, plan.Columns, TableFormat.For(type)!, Stream.Null, cancel).ConfigureAwait(false);
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(300), cancel).ConfigureAwait(false);
        }

        return clock.Elapsed;
    }
}
