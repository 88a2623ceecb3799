namespace Mocean.Server.Research;

/// <summary>
/// CORS on every reply but the teacher's (<c>/admin</c>, <c>/teacher</c>: errors included) and answers to preflight requests; on the data routes, the API key
/// check: an unknown or revoked key is refused, a key over its rate gets 429, and with
/// <c>RequireApiKeys</c> an anonymous request gets 401 saying how to get a key.
/// </summary>
public sealed class CorsAndKeys(RequestDelegate next, ApiKeys keys)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (IsTeachers(context.Request.Path))
        {
            // Admin and sign-in replies are for this server's own pages only: no other site may read them.
            return next(context);
        }

        headers.AccessControlAllowOrigin = "*";
        if (HttpMethods.IsOptions(context.Request.Method))
        {
            headers.AccessControlAllowMethods = "GET, HEAD, OPTIONS";
            headers.AccessControlAllowHeaders = ApiKeys.Header;
            headers.AccessControlMaxAge = "86400";
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }

        if (!IsDataRoute(context.Request.Path))
        {
            return next(context);
        }

        var sent = context.Request.Headers[ApiKeys.Header].ToString();
        if (sent.Length == 0)
        {
            return keys.Required
                ? Refuse(context, 401, $"this server requires an API key in the header {ApiKeys.Header}; ask the teacher (admin) for one")
                : next(context);
        }

        if (keys.Find(sent) is not { } found)
        {
            return Refuse(context, 401, $"the API key in {ApiKeys.Header} is not valid (unknown or revoked); ask the teacher (admin) for a new one");
        }

        if (!keys.TryTake(found.Label, found.Rate))
        {
            headers.RetryAfter = "1";
            return Refuse(context, 429, $"the key '{found.Label}' is over its rate of {found.Rate} {(found.Rate == 1 ? "request" : "requests")} a second; wait a second");
        }

        return next(context);
    }

    private static bool IsTeachers(PathString path) => path.StartsWithSegments("/admin") || path.StartsWithSegments("/teacher");

    private static bool IsDataRoute(PathString path) =>
        path.StartsWithSegments("/tabledap") || path.StartsWithSegments("/info") || path.StartsWithSegments("/erddap") || path.StartsWithSegments("/api");

    private static Task Refuse(HttpContext context, int status, string line) =>
        context.Request.Path.StartsWithSegments("/api")
            ? WriteJson(context, status, line)
            : ErddapError.WriteAsync(context, status, line);

    private static Task WriteJson(HttpContext context, int status, string line)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["error"] = line }, Protocol.ReplyWriter.Json);
    }
}
