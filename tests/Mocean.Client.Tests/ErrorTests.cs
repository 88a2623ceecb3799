using System.Net;
using System.Net.Sockets;

namespace Mocean.Client.Tests;

public sealed class ErrorTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private MoceanClient Mocean => fixture.Client;

    [Fact]
    public async Task AMalformedRequestThrowsWithTheStatusAndTheServersLine()
    {
        var no = await Assert.ThrowsAsync<MoceanException>(() => Mocean.GetTextAsync("exchange", [new("task", "x")]));

        Assert.Equal(400, no.Status);
        Assert.Equal("'task' must be a whole number, not 'x': send a whole number, like /exchange?task=5", no.ServerLine);
        Assert.Equal("/exchange", no.Route);
        Assert.Equal(new Uri(fixture.Client.Server, "exchange"), no.Url);
        Assert.False(no.IsUnreachable);
    }

    [Fact]
    public async Task AServerAddressWithAPathGoesBeforeEveryRouteAndARefusalNamesTheFullAddress()
    {
        using var under = new MoceanClient(fixture.Server.CreateClient(), new Uri(fixture.Client.Server, "class2/"));

        var no = await Assert.ThrowsAsync<MoceanException>(() => under.Steps.StepsAsync("hello"));

        Assert.Equal((404, "/steps"), (no.Status, no.Route));
        Assert.Equal(new Uri(fixture.Client.Server, "class2/steps"), no.Url);
        Assert.Contains("/class2/steps", no.ServerLine, StringComparison.Ordinal);
        Assert.StartsWith($"404 from {fixture.Client.Server}class2/steps: ", no.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusalInJsonModeIsReadFromItsErrorField()
    {
        var no = await Assert.ThrowsAsync<MoceanException>(() => Mocean.Steps.DuckAsync((double.NaN, 0, 0)));

        Assert.Equal(HttpStatusCode.BadRequest, no.StatusCode);
        Assert.DoesNotContain("{", no.ServerLine, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", no.ServerLine, StringComparison.Ordinal);
        Assert.NotEmpty(no.ServerLine);
    }

    [Fact]
    public async Task AnUnknownRouteIsA404WithOneLine()
    {
        var no = await Assert.ThrowsAsync<MoceanException>(() => Mocean.Steps.SendAsync("nowhere", "x"));

        Assert.Equal(404, no.Status);
        Assert.Contains("nowhere", no.ServerLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRawGetReturnsARefusalWithoutThrowing()
    {
        var reply = await Mocean.GetAsync("exchange", [new("task", "x")]);

        Assert.Equal(400, reply.Status);
        Assert.StartsWith("'task' must be a whole number", reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Elapsed > TimeSpan.Zero);
    }

    [Fact]
    public async Task AServerThatIsNotThereIsUnreachable()
    {
        // Bound but not listening: a connection is refused, and no other process can take the port meanwhile.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        using var nobody = new MoceanClient($"http://127.0.0.1:{port}");

        var no = await Assert.ThrowsAsync<MoceanException>(() => nobody.Steps.StepsAsync("hello"));

        Assert.True(no.IsUnreachable);
        Assert.StartsWith($"cannot reach the server at http://127.0.0.1:{port}/", no.ServerLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancelledCallIsCancelled()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Mocean.Steps.ProgressAsync(cancel: cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Mocean.HelloAsync(cancel.Token));
    }

    [Fact]
    public void AServerAddressThatIsNotHttpIsRefusedAtOnce()
    {
        var no = Assert.Throws<ArgumentException>(() => new MoceanClient("localhost:8080"));
        Assert.Contains("http://localhost:8080", no.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain line\nmore", "plain line")]
    [InlineData("{\"error\":\"one line\"}", "one line")]
    [InlineData("Error {\n    code=404;\n    message=\"Not Found: Your query produced no matching results. (nRows = 0)\";\n}\n", "Not Found: Your query produced no matching results. (nRows = 0)")]
    public void TheServersLineIsFoundInEveryFormOfRefusal(string body, string line) =>
        Assert.Equal(line, Wire.ServerLine(body));
}
