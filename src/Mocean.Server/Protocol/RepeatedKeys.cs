using System.Text;

namespace Mocean.Server.Protocol;

/// <summary>
/// The protocol's rule that a key given twice is a 400, for routes whose handlers bind query parameters
/// themselves (minimal-API parameters would read <c>ocean=a&amp;ocean=b</c> as the one value <c>a,b</c>).
/// </summary>
public static class RepeatedKeys
{
    public static TBuilder RefusingRepeatedKeys<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
            GameQuery.RepeatedKey(context.HttpContext.Request.Query) is { } refusal
                ? Results.Text(refusal, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest)
                : await next(context).ConfigureAwait(false));
        return builder;
    }
}
