namespace Mocean.Server.Protocol;

/// <summary>A query parameter a route takes, shown in the OpenAPI document and the API page.</summary>
public sealed record QueryParameterDoc(string Name, string Description, bool Required = false);

/// <summary>
/// Maps text routes with the protocol conventions applied once: the query read by the rules
/// (<see cref="GameQuery"/>), refusals turned into a 4xx with one line, the reply written as text,
/// browser HTML or JSON.
/// </summary>
public static class TextRoutes
{
    public static RouteHandlerBuilder MapText(
        this IEndpointRouteBuilder routes,
        string pattern,
        Func<TextRequest, Reply> handler) =>
        routes.MapGet(pattern, (Func<HttpContext, Task>)(context => Handle(context, handler)))
            .Produces<string>(StatusCodes.Status200OK, "text/plain", "text/html", "application/json")
            .Produces<string>(StatusCodes.Status400BadRequest, "text/plain");

    public static RouteHandlerBuilder MapText(
        this IEndpointRouteBuilder routes,
        string pattern,
        Func<TextRequest, Task<Reply>> handler) =>
        routes.MapGet(pattern, (Func<HttpContext, Task>)(context => HandleAsync(context, handler)))
            .Produces<string>(StatusCodes.Status200OK, "text/plain", "text/html", "application/json")
            .Produces<string>(StatusCodes.Status400BadRequest, "text/plain");

    /// <summary>Documents a query parameter of the route for the OpenAPI document.</summary>
    public static RouteHandlerBuilder WithQuery(
        this RouteHandlerBuilder builder, string name, string description, bool required = false) =>
        builder.WithMetadata(new QueryParameterDoc(name, description, required));

    private static Task Handle(HttpContext context, Func<TextRequest, Reply> handler)
    {
        var mode = ReplyModes.Of(context.Request);
        Reply reply;
        try
        {
            reply = handler(new TextRequest(context, GameQuery.From(context.Request)));
        }
        catch (ProtocolException refusal)
        {
            reply = Reply.Error(refusal.Status, refusal.Message);
        }

        return ReplyWriter.WriteAsync(context, reply, mode);
    }

    private static async Task HandleAsync(HttpContext context, Func<TextRequest, Task<Reply>> handler)
    {
        var mode = ReplyModes.Of(context.Request);
        Reply reply;
        try
        {
            reply = await handler(new TextRequest(context, GameQuery.From(context.Request))).ConfigureAwait(false);
        }
        catch (ProtocolException refusal)
        {
            reply = Reply.Error(refusal.Status, refusal.Message);
        }

        await ReplyWriter.WriteAsync(context, reply, mode).ConfigureAwait(false);
    }
}

/// <summary>What a text handler gets: the parsed query and the request (for the host to show in URLs).</summary>
public sealed record TextRequest(HttpContext Context, GameQuery Query)
{
    /// <summary>This server's base address as the request reached it, e.g. <c>http://localhost:8080</c>.</summary>
    public string BaseUrl => BaseUrlOf(Context);

    /// <summary>The server's base address as <paramref name="context"/>'s request reached it (<see cref="PublicAddress"/>).</summary>
    public static string BaseUrlOf(HttpContext context) => PublicAddress.Of(context);

    public CancellationToken Aborted => Context.RequestAborted;
}
