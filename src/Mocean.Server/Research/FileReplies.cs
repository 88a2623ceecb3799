using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Query;
using Mocean.Server.Hosting;

namespace Mocean.Server.Research;

/// <summary>
/// The formats that cannot stream (<c>.parquet</c>, <c>.png</c>): made in a temporary file on a turn of
/// <see cref="HeavyWork"/> (apart from the game, bounded), sent, deleted. The reader has <c>--file-reply-seconds</c>
/// to take the file: a slower one loses it (the connection is cut and the file deleted), so slow readers hold
/// neither the disk nor a worker.
/// </summary>
internal static class FileReplies
{
    public static async Task WriteAsync(HttpContext context, DataService data, DatasetDescriptor descriptor, QueryPlan plan, string type, CancellationToken cancel)
    {
        var entry = await context.RequestServices.GetRequiredService<HeavyWork>().EnterAsync(context, cancel).ConfigureAwait(false);
        if (entry.Turn is not { } turn)
        {
            await ErddapError.WriteAsync(context, entry.Status, entry.Line).ConfigureAwait(false);
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"mocean-{Guid.NewGuid():N}.{type}");
        using (turn)
        {
            try
            {
                await Task.Run(() => Make(data, descriptor, plan, type, path, cancel), cancel).ConfigureAwait(false);
                await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.Asynchronous);
                File.Delete(path); // the open file is read to its end; its space goes when it is closed, whatever happens
                turn.Made(file.Length);
                context.Response.StatusCode = 200;
                context.Response.ContentType = type == "parquet" ? "application/vnd.apache.parquet" : "image/png";
                context.Response.ContentLength = file.Length;
                var seconds = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<HeavyWorkOptions>>().Value.FileReplySeconds;
                using var reader = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
                reader.CancelAfter(TimeSpan.FromSeconds(seconds));
                try
                {
                    await file.CopyToAsync(context.Response.Body, reader.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
                {
                    context.Abort(); // too slow a reader: it loses its reply, the server keeps its disk
                }
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    private static void Make(DataService data, DatasetDescriptor descriptor, QueryPlan plan, string type, string path, CancellationToken cancel)
    {
        if (type == "parquet")
        {
            data.ExportParquet(plan, path, cancel);
        }
        else
        {
            data.DrawChart(plan, descriptor.Title, path, cancel);
        }
    }
}
