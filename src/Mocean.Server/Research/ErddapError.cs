using Mocean.Research.Query;

namespace Mocean.Server.Research;

/// <summary>Errors of the tabledap routes in ERDDAP's shape: a <c>text/plain</c> body <c>Error { code=N; message="..."; }</c>.</summary>
public static class ErddapError
{
    public static string Body(int status, string message)
    {
        var reason = status switch
        {
            400 => "Bad Request",
            401 => "Unauthorized",
            404 => "Not Found",
            413 => "Payload Too Large",
            429 => "Too Many Requests",
            _ => "Error",
        };
        var escaped = message.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace('\n', ' ');
        return $"Error {{\n    code={status};\n    message=\"{reason}: {escaped}\";\n}}\n";
    }

    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(Body(status, message), context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, QueryException error) => WriteAsync(context, error.Status, error.Message);
}
