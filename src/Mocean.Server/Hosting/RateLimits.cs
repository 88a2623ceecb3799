using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Mocean.Server.Protocol;

namespace Mocean.Server.Hosting;

/// <summary>
/// Requests a second per client address (<c>--rate-limit N</c>, default 1000): a token bucket of 2N
/// tokens refilled by N each second, so bursts of twice the rate pass. Over it: 429 with
/// <c>Retry-After</c> and one line. <c>0</c> leaves the limiter out of the pipeline entirely.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddMoceanRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AddressBoundsOptions>>((limiter, options) =>
        {
            var perSecond = Math.Max(1, options.Value.RateLimit);
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, IPAddress>(context =>
                RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = 2 * perSecond,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = (rejected, cancel) => Refuse(rejected.HttpContext, perSecond, cancel);
        });
        return services;
    }

    /// <summary>Adds the limiter to the pipeline unless <c>--rate-limit 0</c>.</summary>
    public static WebApplication UseMoceanRateLimits(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<AddressBoundsOptions>>().Value.RateLimit > 0)
        {
            app.UseRateLimiter();
        }

        return app;
    }

    private static ValueTask Refuse(HttpContext context, int perSecond, CancellationToken cancel)
    {
        var mode = ReplyModes.Of(context.Request);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"too many requests from your address: this server answers {perSecond} a second per address; wait 1 second and try again");
        var reply = Reply.Error(StatusCodes.Status429TooManyRequests, mode == ReplyMode.Text ? line + "\n" : line)
            with { Headers = new Dictionary<string, string> { ["Retry-After"] = "1" } };
        return cancel.IsCancellationRequested ? ValueTask.CompletedTask : new ValueTask(ReplyWriter.WriteAsync(context, reply, mode));
    }
}
