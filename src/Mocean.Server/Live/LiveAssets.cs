using System.Collections.Frozen;

namespace Mocean.Server.Live;

/// <summary>
/// The pages' HTML, JavaScript and CSS, embedded in the server assembly (so the server runs from any
/// folder) and served with a strict Content-Security-Policy: scripts and styles from this server only.
/// </summary>
internal static class LiveAssets
{
    private static readonly FrozenDictionary<string, (byte[] Bytes, string Type)> Files = Load();

    public static Task Write(HttpContext context, string file)
    {
        if (!Files.TryGetValue(file, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("there is no such file; the live ocean is at /ocean/live\n");
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        context.Response.ContentType = asset.Type;
        context.Response.ContentLength = asset.Bytes.Length;
        return context.Response.Body.WriteAsync(asset.Bytes, context.RequestAborted).AsTask();
    }

    private static FrozenDictionary<string, (byte[] Bytes, string Type)> Load()
    {
        const string prefix = "live/";
        var assembly = typeof(LiveAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var file = name[prefix.Length..];
            files[file] = (copy.ToArray(), TypeOf(file));
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string TypeOf(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}
