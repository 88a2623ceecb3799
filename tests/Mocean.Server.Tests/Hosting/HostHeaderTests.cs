using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>On the real server, a Host the server does not answer on is never echoed into the URLs a reply shows.</summary>
public sealed class HostHeaderTests
{
    [Fact]
    public async Task AForeignHostIsReplacedByTheAddressTheRequestReached()
    {
        await using var server = await ServerProcess.StartAsync();

        var evil = await RawHttp.SendAsync(server.Port, "GET /mocean HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        var own = await RawHttp.SendAsync(server.Port, $"GET /mocean HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nConnection: close\r\n\r\n");

        Assert.DoesNotContain("evil.example", evil, StringComparison.Ordinal);
        Assert.Contains($"Start with http://127.0.0.1:{server.Port}/join?name=YOURNAME", evil, StringComparison.Ordinal);
        Assert.Contains($"Start with http://127.0.0.1:{server.Port}/join?name=YOURNAME", own, StringComparison.Ordinal);
    }
}
