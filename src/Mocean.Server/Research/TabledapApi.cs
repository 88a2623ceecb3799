using Microsoft.Extensions.Options;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Formats;
using Mocean.Research.Query;
using Mocean.Server.Hosting;

namespace Mocean.Server.Research;

/// <summary>
/// ERDDAP-compatible tabledap: <c>/tabledap/{dataset}.{type}?query</c>, <c>/info/{dataset}/index.{json,csv}</c> and
/// <c>/tabledap/allDatasets.json</c>, also under <c>/erddap</c>. Text and JSON stream from the running query;
/// Parquet and PNG are built in a temporary file.
/// </summary>
public static class TabledapApi
{
    /// <summary>How long one query may run.</summary>
    public static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The most points one chart draws.</summary>
    public const long ChartCap = 2_000_000;

    public static WebApplication MapTabledap(this WebApplication app)
    {
        foreach (var prefix in new[] { "", "/erddap" })
        {
            app.MapGet(prefix + "/tabledap/{file}", Tabledap).WithTags("Research").ExcludeFromDescription();
            app.MapGet(prefix + "/info/{dataset}/{file}", Info).WithTags("Research").ExcludeFromDescription();
        }

        return app;
    }

    private static async Task Tabledap(HttpContext context, string file, DataService data, IOptions<MoceanOptions> options, MoceanClock clock)
    {
        var dot = file.LastIndexOf('.');
        var (id, type) = dot > 0 ? (file[..dot], file[(dot + 1)..]) : (file, "");
        if (id == "allDatasets" && type == "json")
        {
            await Catalogue.WriteAllDatasetsAsync(context, data).ConfigureAwait(false);
            return;
        }

        if (data.Find(id) is not { } stored)
        {
            await ErddapError.WriteAsync(context, 404, $"Currently unknown datasetID={Clip(id)}").ConfigureAwait(false);
            return;
        }

        var format = TableFormat.For(type);
        if (format is null && type is not ("parquet" or "png" or "nc" or "ncCF"))
        {
            await ErddapError.WriteAsync(context, 400, $"Query error: unknown file type '.{Clip(type)}'; use .csv, .csvp, .csv0, .tsv, .json, .jsonlKVP, .htmlTable, .nc, .ncCF, .parquet or .png").ConfigureAwait(false);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(QueryTimeout);
        try
        {
            var request = TabledapRequest.Parse(context.Request.QueryString.Value);
            // A game's record: students read its public view (the teacher, signed in or with the key, the whole of it).
            var teacher = await Admin.TeacherAuthentication.IsTeacherAsync(context).ConfigureAwait(false);
            var view = Recording.GameRecorder.ViewFor(stored, teacher);
            var plan = QueryPlanner.Plan(request, stored.Descriptor, new QueryContext(clock.GetUtcNow(), () => data.Ranges(stored), view));
            // Functions only ever shrink the rows matched, so the cheap count decides unless it passes the cap.
            var cap = type == "png" ? Math.Min(ChartCap, options.Value.RowCap) : options.Value.RowCap;
            var count = data.Store.Count(plan.MatchingSql, plan.MatchingParameters, timeout.Token);
            if (count > cap && request.Functions.Count > 0)
            {
                count = data.Store.Count(plan.CountSql, plan.Parameters, timeout.Token);
            }

            if (count == 0)
            {
                throw new QueryException(404, ErddapError.NoRows);
            }

            if (count > cap)
            {
                throw new QueryException(413,
                    $"Your query produced too many rows ({count} > the cap of {cap}). Narrow it (a shorter time range, fewer variables) or ask for a server-side average, e.g. &orderByMean(\"time/1hour\").");
            }

            if (format is not null)
            {
                await StreamAsync(context, data, plan, format, timeout.Token).ConfigureAwait(false);
            }
            else if (type is "nc" or "ncCF")
            {
                await NetCdfReplies.WriteAsync(context, data, stored, plan, cf: type == "ncCF", timeout.Token).ConfigureAwait(false);
            }
            else
            {
                await FileReplies.WriteAsync(context, data, stored.Descriptor, plan, type, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (QueryException error) when (!context.Response.HasStarted)
        {
            await ErddapError.WriteAsync(context, error).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            await ErddapError.WriteAsync(context, 413, $"Your query ran longer than {QueryTimeout.TotalSeconds} s. Narrow it or use orderByMean.").ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or QueryException && (context.RequestAborted.IsCancellationRequested || context.Response.HasStarted))
        {
            // Part of the rows is sent already: ending the connection is how a streamed reply says it is cut short.
            context.Abort();
        }
    }

    private static async Task StreamAsync(HttpContext context, DataService data, QueryPlan plan, TableFormat format, CancellationToken cancel)
    {
        using var result = data.Store.Query(plan.Sql, plan.Parameters, cancel, streaming: true);
        context.Response.StatusCode = 200;
        context.Response.ContentType = format.ContentType;
        await TableWriter.WriteAsync(result, plan.Columns, format, context.Response.Body, cancel).ConfigureAwait(false);
    }

    private static async Task Info(HttpContext context, string dataset, string file, DataService data)
    {
        if (file is not ("index.json" or "index.csv"))
        {
            await ErddapError.WriteAsync(context, 404, $"there is no /info/{Clip(dataset)}/{Clip(file)}; use index.json or index.csv").ConfigureAwait(false);
            return;
        }

        if (data.Find(dataset) is not { } stored)
        {
            await ErddapError.WriteAsync(context, 404, $"Currently unknown datasetID={Clip(dataset)}").ConfigureAwait(false);
            return;
        }

        await Catalogue.WriteInfoAsync(context, data, stored, json: file == "index.json").ConfigureAwait(false);
    }

    internal static string Clip(string text) => Protocol.GameQuery.Clip(text, 60);

    internal static IReadOnlyList<OutputColumn> Columns(DatasetDescriptor descriptor) =>
        [.. SiteColumns.Variables(descriptor).Select(c => new OutputColumn(c.Name, c.Type, c.Type == ColumnType.Time ? "UTC" : c.Units, c.Positive))];
}
