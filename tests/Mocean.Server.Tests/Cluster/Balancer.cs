using System.Diagnostics;
using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Cluster;

/// <summary>One request as a client saw it: when it was sent and answered (seconds on one stopwatch), status, text, Retry-After.</summary>
public sealed record Exchange(string Path, double Sent, double Done, int Status, string Text, bool RetryAfter)
{
    /// <summary>No answer at all (a hang past the client's patience): status 0.</summary>
    public bool Unanswered => Status == 0;

    public override string ToString() => $"{Path} sent at {Sent:F2} s, {(Unanswered ? "no answer" : Status + " " + Text.Split('\n')[0])} at {Done:F2} s";
}

/// <summary>
/// What a load balancer in front of the cluster does, as <c>deploy/nginx-cluster.conf</c> configures nginx: each
/// request to the next running server in turn, and a request whose connection fails (a server stopped or killed) sent
/// again to the next one (nginx's <c>proxy_next_upstream error</c>, for GET). A request a server accepted is never
/// repeated: its answer, whatever it is, is what the client gets. Times are read from one stopwatch, shared with the test.
/// </summary>
public sealed class Balancer(HttpClient http, Func<IReadOnlyList<string>> running, Stopwatch clock)
{
    private int turn;

    public Stopwatch Clock => clock;

    public async Task<Exchange> GetAsync(string pathAndQuery, bool admin = false, HttpMethod? method = null)
    {
        var sent = clock.Elapsed.TotalSeconds;
        for (var attempt = 0; ; attempt++)
        {
            var servers = running();
            var server = servers[Interlocked.Increment(ref turn) % servers.Count];
            using var request = new HttpRequestMessage(method ?? HttpMethod.Get, server + pathAndQuery);
            if (admin)
            {
                request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
            }

            try
            {
                using var reply = await http.SendAsync(request);
                var text = await reply.Content.ReadAsStringAsync();
                return new Exchange(pathAndQuery, sent, clock.Elapsed.TotalSeconds, (int)reply.StatusCode, text, reply.Headers.RetryAfter is not null);
            }
            catch (HttpRequestException) when (attempt < 10)
            {
                // Refused or reset: that server is gone; the next one gets the request.
            }
            catch (TaskCanceledException)
            {
                return new Exchange(pathAndQuery, sent, clock.Elapsed.TotalSeconds, 0, $"no answer within {http.Timeout.TotalSeconds} s", false);
            }
        }
    }

    /// <summary>
    /// A request that must succeed (setting up a test): its reply, or the test fails with what came instead. A 503 with
    /// Retry-After is tried again, as the server asks (a cluster just made whole may still be dropping a server that was
    /// killed), for up to 30 s.
    /// </summary>
    public async Task<string> OkAsync(string pathAndQuery, bool admin = false, HttpMethod? method = null)
    {
        var exchange = await GetAsync(pathAndQuery, admin, method);
        for (var retries = 0; exchange is { Status: (int)HttpStatusCode.ServiceUnavailable, RetryAfter: true } && retries < 30; retries++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            exchange = await GetAsync(pathAndQuery, admin, method);
        }

        Assert.True(exchange.Status == (int)HttpStatusCode.OK, exchange.ToString());
        return exchange.Text;
    }
}
