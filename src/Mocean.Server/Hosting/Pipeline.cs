using Mocean.Server.Protocol;

namespace Mocean.Server.Hosting;

/// <summary>The request pipeline every route shares: counting and logging, refusals with one line, no 5xx page.</summary>
public static partial class Pipeline
{
    public static WebApplication UseMoceanPipeline(this WebApplication app)
    {
        app.UseExceptionHandler(failure => failure.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("the server failed on this request and logged it; please tell the teacher\n");
        }));
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AddressBoundsOptions>>().Value.TrustedProxyList.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<RequestLog>();
        app.UseMiddleware<StoreUnavailable>();
        app.UseMoceanRateLimits();
        app.UseStatusCodePages(async pages =>
        {
            var response = pages.HttpContext.Response;
            if (response.HasStarted || response.ContentLength > 0)
            {
                return;
            }

            var request = pages.HttpContext.Request;
            if (ReplyModes.Of(request) == ReplyMode.Json)
            {
                await ReplyWriter.WriteAsync(pages.HttpContext, Reply.Error(response.StatusCode, Explain(response.StatusCode).TrimEnd()), ReplyMode.Json)
                    .ConfigureAwait(false);
                return;
            }

            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(Explain(response.StatusCode)).ConfigureAwait(false);
        });
        app.UseHeadAsGet(routed => routed.UseRouting());
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// Requests no route takes: a path that exists with other methods gets 405 with <c>Allow</c> and the method to
    /// use; any other a fast 404. Each with one line (JSON with <c>format=json</c>), unknown routes with one log line.
    /// </summary>
    public static WebApplication MapUnknownRoutes(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Mocean.UnknownRoute");
        var routes = new RouteMethods(((IEndpointRouteBuilder)app).DataSources);
        app.MapFallback("{*path}", (HttpContext context) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (routes.For(context.Request.Path) is { Count: > 0 } methods)
            {
                return ReplyWriter.WriteAsync(context, WrongMethod(context.Request.Method, GameQuery.Clip(path), methods), ReplyModes.Of(context.Request));
            }

            LogUnknown(logger, context.Request.Method, GameQuery.Clip(path, 200));
            var line = $"there is no route {GameQuery.Clip(path)} here; GET / lists what runs on this server";
            context.Features.Set(new RefusalLine(line, Logged: true));
            return ReplyWriter.WriteAsync(context, Reply.Error(StatusCodes.Status404NotFound, line), ReplyModes.Of(context.Request));
        }).WithMetadata(RouteMethods.Fallback).ExcludeFromDescription();
        return app;
    }

    /// <summary>405: the methods the path takes, and how to send the right one.</summary>
    public static Reply WrongMethod(string method, string path, IReadOnlyList<string> methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        var named = methods.Where(m => m != HttpMethods.Head).ToList();
        var how = named.Contains(HttpMethods.Get)
            ? "send GET with the parameters in the query string (as a browser's address bar does)"
            : $"with curl, add -X {named[0]}";
        var allow = methods.Contains(HttpMethods.Get) && !methods.Contains(HttpMethods.Head)
            ? [.. methods.Take(1), HttpMethods.Head, .. methods.Skip(1)]
            : methods;
        return Reply.Error(StatusCodes.Status405MethodNotAllowed, $"{path} takes {string.Join(" or ", named)}, not {GameQuery.Clip(method, 20)}: {how}")
            with { Headers = new Dictionary<string, string> { ["Allow"] = string.Join(", ", allow) } };
    }

    private static string Explain(int status) => status switch
    {
        StatusCodes.Status404NotFound => "not found; GET / lists what runs on this server\n",
        _ => $"request refused ({status}); GET / lists what runs on this server\n",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Unknown route {Method} {Path}")]
    private static partial void LogUnknown(ILogger logger, string method, string path);
}
