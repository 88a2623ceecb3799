using Mocean.Research;
using Mocean.Research.Formats;
using Mocean.Research.Query;
using Mocean.Research.Store;

namespace Mocean.Server.Research;

/// <summary><c>.nc</c> and <c>.ncCF</c>: the query's rows kept in the store while the file is streamed, its length said first.</summary>
internal static class NetCdfReplies
{
    public static async Task WriteAsync(HttpContext context, DataService data, StoredDataset stored, QueryPlan plan, bool cf, CancellationToken cancel)
    {
        var ranges = data.Ranges(stored);
        using var source = await data.ColumnsAsync(plan, cancel).ConfigureAwait(false);
        await NetCdfReply.WriteAsync(context.Response.Body, length =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-netcdf";
            context.Response.ContentLength = length;
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{stored.Descriptor.Id}.nc\"";
        }, stored.Descriptor, ranges, plan.Columns, source, cf, cancel).ConfigureAwait(false);
    }
}
