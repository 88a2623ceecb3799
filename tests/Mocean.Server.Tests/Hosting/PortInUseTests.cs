using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Mocean.Server.Hosting;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>A teacher who starts a second server on a port already taken reads one line saying so, not stack traces.</summary>
public sealed class PortInUseTests : IDisposable
{
    private readonly TcpListener other = new(IPAddress.Loopback, 0);
    private readonly string dataDir = ServerProcess.NewDataDir();

    public PortInUseTests() => other.Start();

    private int Port => ((IPEndPoint)other.LocalEndpoint).Port;

    [Theory]
    [InlineData("http://127.0.0.1:{0}")]
    [InlineData("http://localhost:{0}")]
    [InlineData("http://0.0.0.0:{0}")]
    public async Task APortAnotherProgramListensOnGetsOneLineAndExitCode1(string urls)
    {
        var address = string.Format(System.Globalization.CultureInfo.InvariantCulture, urls, Port);

        var (code, output, error) = await ServerProcess.RunCommandAsync(["--urls", address, "--data-dir", dataDir]);

        Assert.Equal(1, code);
        Assert.Equal(
            $"mocean-server could not start: Failed to bind to address {address}: address already in use. Another program (perhaps another mocean-server) uses that port; stop it, or choose another with --urls http://0.0.0.0:PORT",
            error.Trim());
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInMemoryTestHostStartsWhateverListensOnPort8080()
    {
        // Port 8080 is the default of --urls, which a host with the in-memory server never binds. Held here (or by
        // another program already), it once kept every in-process test host of the run from starting.
        using var held = new TcpListener(IPAddress.Any, 8080);
        try
        {
            held.Start();
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            // Taken by another program: the case at hand all the same.
        }

        await using var factory = new MoceanFactory();
        Assert.Equal("hello! the Mocean server is up and listening.", await factory.CreateClient().GetStringAsync(new Uri("/hello", UriKind.Relative)));
    }

    [Fact]
    public void OnlyTheAddressesTheServerWillListenOnAreChecked()
    {
        static string[] Checked(Dictionary<string, string?> settings) =>
            [.. Configuration.ListenAddresses(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).Select(a => a.Url)];

        Assert.Equal(["http://0.0.0.0:8080"], Checked([]));
        Assert.Equal(["http://127.0.0.1:5001", "http://localhost:5002"], Checked(new() { ["urls"] = "http://127.0.0.1:5001; http://localhost:5002;not a url" }));

        // HTTPS endpoints from the settings file take the place of the default: port 8080 is not the server's then.
        Assert.Empty(Checked(new() { ["Kestrel:Endpoints:Https:Url"] = "https://0.0.0.0:8443" }));
    }

    public void Dispose()
    {
        other.Stop();
        other.Dispose();
        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
