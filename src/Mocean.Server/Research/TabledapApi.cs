using Mocean.OceanHosting;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Formats;
using Mocean.Research.Query;

namespace Mocean.Server.Research;

/// <summary>
/// ERDDAP-compatible tabledap: <c>/tabledap/{dataset}.{type}?query</c>, <c>/info/{dataset}/index.{json,csv}</c> and
/// <c>/tabledap/allDatasets.json</c>, also under <c>/erddap</c>. Text and JSON stream from the running query;
/// Parquet and PNG are built in a temporary file.
/// </summary>
public static class TabledapApi
{
    public static WebApplication MapTabledap(this WebApplication app)
    {
        foreach (var prefix in new[] { "", "/erddap" })
        {
            app.MapGet(prefix + "/tabledap/{file}", Tabledap).WithTags("Research").ExcludeFromDescription();
            app.MapGet(prefix + "/info/{dataset}/{file}", Info).WithTags("Research").ExcludeFromDescription();
        }

        return app;
    }

    private static async Task Tabledap(HttpContext context, string file, DataService data, MoceanClock clock)
    {
        var dot = file.LastIndexOf('.');
        var (id, type) = dot > 0 ? (file[..dot], file[(dot + 1)..]) : (file, "");
        if (id == "allDatasets" && type == "json")
        {
            var baseUrl = $"{Protocol.PublicAddress.Of(context)}{(context.Request.Path.StartsWithSegments("/erddap") ? "/erddap" : "")}";
            await WriteAsync(context, "application/json; charset=utf-8", buffer => InfoTable.WriteAllDatasets(buffer, data.Datasets, baseUrl)).ConfigureAwait(false);
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

        using var deadline = data.Deadline(context.RequestAborted);
        try
        {
            var request = TabledapRequest.Parse(context.Request.QueryString.Value);
            // A game's record: students read its public view (the teacher, signed in or with the key, the whole of it).
            var teacher = await Admin.TeacherAuthentication.IsTeacherAsync(context).ConfigureAwait(false);
            var view = Recording.GameRecorder.ViewFor(stored, teacher);
            var plan = QueryPlanner.Plan(request, stored.Descriptor, new QueryContext(clock.GetUtcNow(), () => data.Ranges(stored), view));
            await data.AdmitAsync(plan, functions: request.Functions.Count > 0, chart: type == "png", deadline.Token).ConfigureAwait(false);
            if (format is not null)
            {
                await StreamAsync(context, data, plan, format, deadline.Token).ConfigureAwait(false);
            }
            else if (type is "nc" or "ncCF")
            {
                await NetCdfReplies.WriteAsync(context, data, stored, plan, cf: type == "ncCF", deadline.Token).ConfigureAwait(false);
            }
            else
            {
                await FileReplies.WriteAsync(context, data, stored.Descriptor, plan, type, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (QueryException error) when (!context.Response.HasStarted)
        {
            await ErddapError.WriteAsync(context, error).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            await ErddapError.WriteAsync(context, data.Limits.TooLong()).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or QueryException && (context.RequestAborted.IsCancellationRequested || context.Response.HasStarted))
        {
            // Part of the rows is sent already: ending the connection is how a streamed reply says it is cut short.
            context.Abort();
        }
    }

    private static async Task StreamAsync(HttpContext context, DataService data, QueryPlan plan, TableFormat format, CancellationToken cancel)
    {
        using var result = await data.OpenAsync(plan, cancel).ConfigureAwait(false);
        context.Response.StatusCode = 200;
        context.Response.ContentType = format.ContentType;
        await data.WriteAsync(result, plan.Columns, format, context.Response.Body, cancel).ConfigureAwait(false);
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

        var json = file == "index.json";
        await WriteAsync(context, json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8", buffer => InfoTable.Write(buffer, data.Info(stored), json)).ConfigureAwait(false);
    }

    /// <summary>A reply written whole into a buffer, then sent.</summary>
    private static async Task WriteAsync(HttpContext context, string contentType, Action<TextBuffer> write)
    {
        var buffer = new TextBuffer();
        write(buffer);
        context.Response.ContentType = contentType;
        await buffer.FlushAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    internal static string Clip(string text) => Protocol.GameQuery.Clip(text, 60);

    internal static IReadOnlyList<OutputColumn> Columns(DatasetDescriptor descriptor) =>
        [.. SiteColumns.Variables(descriptor).Select(c => new OutputColumn(c.Name, c.Type, c.Type == ColumnType.Time ? "UTC" : c.Units, c.Positive))];
}
