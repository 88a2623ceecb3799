using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Admin;

/// <summary>
/// Wrong admin keys: after a few in a minute, further wrong keys from that address wait for the minute to end;
/// the right key always works, and other addresses are not slowed.
/// </summary>
public sealed class AdminLockoutTests : IAsyncDisposable
{
    private const string Self = "http://localhost";
    private const string Student = "203.0.113.7";
    private const string Elsewhere = "198.51.100.9";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private readonly MoceanFactory factory = new() { Settings = { ["AdminMisses"] = "3" } };
    private readonly HttpClient client;

    public AdminLockoutTests()
    {
        // Each request says which address it comes from (a school's students and teacher share one).
        client = factory.WithClock(clock)
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, FromAddress>()))
            .CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
    }

    [Fact]
    public async Task AfterThreeWrongKeysFurtherWrongKeysWaitForTheMinuteButTheRightKeyAlwaysWorks()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await ChatLog("guess" + i)).Status);
        }

        var (status, text, retryAfter) = await ChatLog("guess3");
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("too many wrong admin keys from your address: wait 60 seconds before trying another (the right key always works)", text);
        Assert.Equal("60", retryAfter);

        Assert.Equal(HttpStatusCode.OK, (await ChatLog(MoceanFactory.AdminKey)).Status);

        clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal("15", (await ChatLog("guess4")).RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await ChatLog(MoceanFactory.AdminKey)).Status);

        clock.Advance(TimeSpan.FromSeconds(16));
        Assert.Equal(HttpStatusCode.Forbidden, (await ChatLog("guess5")).Status);
    }

    [Fact]
    public async Task AStudentFloodingWrongKeysFromTheSharedAddressNeverLocksTheTeacherOut()
    {
        for (var second = 0; second < 150; second++)
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.NotEqual(HttpStatusCode.OK, (await ChatLog("guess" + i)).Status);
            }

            if (second % 30 == 0)
            {
                Assert.Equal(HttpStatusCode.OK, (await ChatLog(MoceanFactory.AdminKey)).Status);
                using var signIn = await SignIn(MoceanFactory.AdminKey);
                Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
                Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
            }

            clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task WrongKeysFromOneAddressDoNotSlowAnother()
    {
        for (var i = 0; i < 5; i++)
        {
            await ChatLog("guess" + i);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await ChatLog("guess5")).Status);
        var (status, text, _) = await ChatLog("guess6", Elsewhere);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("the admin key in X-Admin-Key is wrong", text);
    }

    [Fact]
    public async Task WrongKeysOnTheSignInFormCountAndTheRightKeyStillSignsIn()
    {
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await SignIn("guess" + i);
            Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        }

        using var slowed = await SignIn("guess3");
        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.False(slowed.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ChatLog("guess4")).Status);

        using var right = await SignIn(MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var cookie = Assert.Single(right.Headers.GetValues("Set-Cookie")).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, await ChatLogWithCookie(cookie));
    }

    [Fact]
    public async Task TheSignInCookieLastsFourHoursOnTheServersClockWhateverTheMachinesDate()
    {
        using var signIn = await SignIn(MoceanFactory.AdminKey);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie")).Split(';')[0];

        clock.Advance(TimeSpan.FromHours(4) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, await ChatLogWithCookie(cookie));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await ChatLogWithCookie(cookie));
    }

    private async Task<HttpStatusCode> ChatLogWithCookie(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/chatlog");
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add(FromAddress.Header, Student);
        using var reply = await client.SendAsync(request);
        return reply.StatusCode;
    }

    [Fact]
    public async Task WrongKeysSpreadOverMoreThanAMinuteNeverLockAnyoneOut()
    {
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await ChatLog("guess" + i)).Status);
            clock.Advance(TimeSpan.FromSeconds(31));
        }

        Assert.Equal(HttpStatusCode.OK, (await ChatLog(MoceanFactory.AdminKey)).Status);
    }

    private async Task<(HttpStatusCode Status, string Text, string? RetryAfter)> ChatLog(string key, string from = Student)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/chatlog");
        request.Headers.Add("X-Admin-Key", key);
        request.Headers.Add(FromAddress.Header, from);
        using var reply = await client.SendAsync(request);
        var retry = reply.Headers.TryGetValues("Retry-After", out var values) ? values.Single() : null;
        return (reply.StatusCode, (await reply.Content.ReadAsStringAsync()).Trim(), retry);
    }

    private async Task<HttpResponseMessage> SignIn(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/teacher/signin")
        {
            Content = new FormUrlEncodedContent([new("key", key)]),
        };
        request.Headers.Add("Origin", Self);
        request.Headers.Add(FromAddress.Header, Student);
        return await client.SendAsync(request);
    }

    /// <summary>Sets the request's remote address from a test header (the test host has none of its own).</summary>
    private sealed class FromAddress : IStartupFilter
    {
        public const string Header = "X-Test-Remote";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return then(context);
            });
            next(app);
        };
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
