namespace Mocean.Server.Hosting;

/// <summary>
/// HEAD answered like GET on every GET route (link checkers and uptime monitors send it): routing sees GET, the
/// route sees HEAD again, and Kestrel sends the reply's status and headers without the body. Routing alone would
/// take HEAD only on routes that list it (<c>MapMethods</c>), and every route is mapped with GET.
/// </summary>
public static class HeadRequests
{
    /// <summary>Routes with the request read as GET when it is HEAD; the caller adds routing between the two halves.</summary>
    public static WebApplication UseHeadAsGet(this WebApplication app, Action<WebApplication> routing)
    {
        ArgumentNullException.ThrowIfNull(routing);
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
                context.Features.Set(Marker.Head);
            }

            return next(context);
        });
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

    private sealed class Marker
    {
        public static readonly Marker Head = new();
    }
}
