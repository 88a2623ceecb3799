using Microsoft.AspNetCore.Http.Features;

namespace Mocean.Server.Hosting;

/// <summary>
/// HEAD answered like GET on every GET route (link checkers and uptime monitors send it): routing sees GET, the
/// route sees HEAD again, and the reply's status and headers are sent without the body (<see cref="ResponseBodyWatch"/>).
/// </summary>
public static class HeadRequests
{
    /// <summary>Routes with the request read as GET when it is HEAD; the caller adds routing between the two halves.</summary>
    public static WebApplication UseHeadAsGet(this WebApplication app, Action<WebApplication> routing)
    {
        ArgumentNullException.ThrowIfNull(routing);
        app.Use((context, next) => HttpMethods.IsHead(context.Request.Method) ? AsGetAsync(context, next) : next(context));
        routing(app);
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Features.Get<Marker>() is not null)
            {
                context.Request.Method = HttpMethods.Head;
            }

            return next(context);
        });
        return app;
    }

    private static async Task AsGetAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.Method = HttpMethods.Get;
        context.Features.Set(Marker.Head);
        var body = context.Features.Get<IHttpResponseBodyFeature>();
        var own = body is not ResponseBodyWatch and not null;
        if (body is ResponseBodyWatch watch)
        {
            watch.Discard = true;
        }
        else if (body is not null)
        {
            context.Features.Set<IHttpResponseBodyFeature>(new ResponseBodyWatch(body, context.Response) { Discard = true, Keeping = false });
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (own)
            {
                context.Features.Set(body);
            }
        }
    }

    private sealed class Marker
    {
        public static readonly Marker Head = new();
    }
}
