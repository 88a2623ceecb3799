using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Formats;
using Mocean.Research.Query;

namespace Mocean.Server.Research;

/// <summary>The formats that cannot stream (<c>.parquet</c>, <c>.png</c>): built in a temporary file, sent, deleted.</summary>
internal static class FileReplies
{
    public static async Task WriteAsync(HttpContext context, DataService data, DatasetDescriptor descriptor, QueryPlan plan, string type, CancellationToken cancel)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mocean-{Guid.NewGuid():N}.{type}");
        try
        {
            if (type == "parquet")
            {
                data.Store.ExportParquet(plan.Sql, plan.Parameters, path, cancel);
                context.Response.ContentType = "application/vnd.apache.parquet";
            }
            else
            {
                Draw(data, descriptor, plan, path, cancel);
                context.Response.ContentType = "image/png";
            }

            context.Response.StatusCode = 200;
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
            context.Response.ContentLength = file.Length;
            await file.CopyToAsync(context.Response.Body, cancel).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Draw(DataService data, DatasetDescriptor descriptor, QueryPlan plan, string path, CancellationToken cancel)
    {
        if (plan.Columns.Count < 2)
        {
            throw QueryException.Bad("a .png chart needs two variables (x first, then y), e.g. temperature,depth");
        }

        var x = new List<double>();
        var y = new List<double>();
        using (var result = data.Store.Query(plan.Sql, plan.Parameters, cancel))
        {
            var reader = result.Reader;
            while (reader.Read())
            {
                x.Add(Chart.Value(reader, 0, plan.Columns[0].Type));
                y.Add(Chart.Value(reader, 1, plan.Columns[1].Type));
            }
        }

        Chart.Write(path, descriptor.Title, plan.Columns, [.. x], [.. y]);
    }
}
