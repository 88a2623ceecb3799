using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>The server started the way systemd starts a <c>Type=notify</c> service.</summary>
public sealed class SystemdTests
{
    [Fact]
    public async Task UnderSystemdTheServerSignalsReadyOnceItServesAndStoppingOnSigterm()
    {
        using var notify = new NotifySocket();
        await using var server = await ServerProcess.StartAsync(
            environment: new Dictionary<string, string> { ["NOTIFY_SOCKET"] = notify.Path }, likeSystemd: true);

        Assert.True(await notify.WaitForAsync("READY=1", TimeSpan.FromSeconds(60)), "no READY=1: " + string.Join(" | ", notify.Messages));
        using var client = new HttpClient();
        Assert.Equal("hello! the Mocean server is up and listening.", await client.GetStringAsync(server.BaseUrl + "/hello"));
        Assert.DoesNotContain(notify.Messages, message => message.Contains("STOPPING=1", StringComparison.Ordinal));

        await server.StopAsync();

        Assert.True(await notify.WaitForAsync("STOPPING=1", TimeSpan.FromSeconds(60)), "no STOPPING=1: " + string.Join(" | ", notify.Messages));
        Assert.True(server.HasExited);
        Assert.Equal(0, server.ExitCode);
    }

    [Fact]
    public async Task UnderSystemdLogLinesCarryJournalPriorities()
    {
        using var notify = new NotifySocket();
        await using var server = await ServerProcess.StartAsync(
            environment: new Dictionary<string, string> { ["NOTIFY_SOCKET"] = notify.Path }, likeSystemd: true);
        using var client = new HttpClient();
        await client.GetAsync(server.BaseUrl + "/board.cgi?cmd=wget");
        await client.GetAsync(server.BaseUrl + "/steps?message=hello wurlde");

        Assert.True(await server.WaitForOutputAsync("<6>Mocean.Steps: Server received message: hello wurlde", TimeSpan.FromSeconds(60)), server.Output);
        Assert.Contains("<6>Mocean.UnknownRoute: Unknown route GET /board.cgi", server.Output, StringComparison.Ordinal);
        Assert.Contains("<6>Microsoft.Hosting.Lifetime: Now listening on", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideSystemdLogLinesStartWithAShortLevelWord()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = new HttpClient();
        await client.GetAsync(server.BaseUrl + "/board.cgi?cmd=wget");

        Assert.True(await server.WaitForOutputAsync("info: Mocean.UnknownRoute: Unknown route GET /board.cgi", TimeSpan.FromSeconds(60)), server.Output);
        Assert.DoesNotContain("<6>", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigtermStopsTheServerCleanly()
    {
        await using var server = await ServerProcess.StartAsync();

        await server.StopAsync();

        Assert.Equal(0, server.ExitCode);
        Assert.Contains("Application is shutting down", server.Output, StringComparison.Ordinal);
    }
}
