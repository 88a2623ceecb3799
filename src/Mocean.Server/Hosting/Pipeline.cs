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
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MoceanOptions>>().Value.TrustedProxyList.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<RequestLog>();
        app.UseMoceanRateLimits();
        app.UseStatusCodePages(async pages =>
        {
            var response = pages.HttpContext.Response;
            if (response.HasStarted || response.ContentLength > 0)
            {
                return;
            }

            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(Explain(response.StatusCode, pages.HttpContext.Request)).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>Unknown routes: a fast 404 with one line and one log line.</summary>
    public static WebApplication MapUnknownRoutes(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Mocean.UnknownRoute");
        app.MapFallback("{*path}", (HttpContext context) =>
        {
            var path = context.Request.Path.Value ?? "/";
            LogUnknown(logger, context.Request.Method, GameQuery.Clip(path, 200));
            var line = $"there is no route {GameQuery.Clip(path)} here; GET / lists what runs on this server";
            context.Features.Set(new RefusalLine(line, Logged: true));
            var reply = Reply.Error(StatusCodes.Status404NotFound, line);
            return ReplyWriter.WriteAsync(context, reply, ReplyModes.Of(context.Request));
        }).WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).ExcludeFromDescription();
        return app;
    }

    private static string Explain(int status, HttpRequest request) => status switch
    {
        StatusCodes.Status405MethodNotAllowed =>
            $"{request.Method} is not allowed on {GameQuery.Clip(request.Path.Value ?? "/")}; game routes answer GET with the parameters in the query string\n",
        StatusCodes.Status404NotFound => "not found; GET / lists what runs on this server\n",
        _ => $"request refused ({status}); GET / lists what runs on this server\n",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Unknown route {Method} {Path}")]
    private static partial void LogUnknown(ILogger logger, string method, string path);
}
