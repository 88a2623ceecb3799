using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Admin;

/// <summary>Guessing the admin key: after a few wrong keys in a minute, no key from that address is checked until the minute is over.</summary>
public sealed class AdminLockoutTests : IAsyncDisposable
{
    private const string Self = "http://localhost";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private readonly MoceanFactory factory = new() { Settings = { ["AdminMisses"] = "3" } };
    private readonly HttpClient client;

    public AdminLockoutTests()
    {
        client = factory.CreateClient(clock, new WebApplicationFactoryClientOptions { HandleCookies = false });
    }

    [Fact]
    public async Task AfterThreeWrongKeysEvenTheRightKeyWaitsForTheMinuteToEnd()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await ChatLog("guess" + i)).Status);
        }

        var (status, text, retryAfter) = await ChatLog(MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("too many wrong admin keys from your address: no key is checked from it for 60 more seconds", text);
        Assert.Equal("60", retryAfter);

        clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal("15", (await ChatLog(MoceanFactory.AdminKey)).RetryAfter);

        clock.Advance(TimeSpan.FromSeconds(16));
        Assert.Equal(HttpStatusCode.OK, (await ChatLog(MoceanFactory.AdminKey)).Status);
    }

    [Fact]
    public async Task WrongKeysOnTheSignInFormCountAndASignedInTeacherIsNotLockedOut()
    {
        using var first = await SignIn(MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie")).Split(';')[0];

        for (var i = 0; i < 3; i++)
        {
            using var wrong = await SignIn("guess" + i);
            Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        }

        using var locked = await SignIn(MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.False(locked.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ChatLog(MoceanFactory.AdminKey)).Status);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/chatlog");
        request.Headers.Add("Cookie", cookie);
        using var page = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
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

    private async Task<(HttpStatusCode Status, string Text, string? RetryAfter)> ChatLog(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/chatlog");
        request.Headers.Add("X-Admin-Key", key);
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
        return await client.SendAsync(request);
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
