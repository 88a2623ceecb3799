using System.Net;
using System.Net.Sockets;

namespace Mocean.Client.Tests;

public sealed class ErrorTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private MoceanClient Mocean => fixture.Client;

    [Fact]
    public async Task A_malformed_request_throws_with_the_status_and_the_servers_line()
    {
        var no = await Assert.ThrowsAsync<MoceanException>(() => Mocean.GetTextAsync("exchange", [new("task", "x")]));

        Assert.Equal(400, no.Status);
        Assert.Equal("'task' must be a whole number, not 'x': send a whole number, like /exchange?task=5", no.ServerLine);
        Assert.Equal("/exchange", no.Route);
        Assert.Equal(new Uri(fixture.Client.Server, "exchange"), no.Url);
        Assert.False(no.IsUnreachable);
    }

    [Fact]
    public async Task A_server_address_with_a_path_goes_before_every_route_and_a_refusal_names_the_full_address()
    {
        using var under = new MoceanClient(fixture.Server.CreateClient(), new Uri(fixture.Client.Server, "class2/"));

        var no = await Assert.ThrowsAsync<MoceanException>(() => under.Steps.StepsAsync("hello"));

        Assert.Equal((404, "/steps"), (no.Status, no.Route));
        Assert.Equal(new Uri(fixture.Client.Server, "class2/steps"), no.Url);
        Assert.Contains("/class2/steps", no.ServerLine, StringComparison.Ordinal);
        Assert.StartsWith($"404 from {fixture.Client.Server}class2/steps: ", no.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_in_json_mode_is_read_from_its_error_field()
    {
        var no = await Assert.ThrowsAsync<MoceanException>(() => Mocean.Steps.DuckAsync((double.NaN, 0, 0)));

        Assert.Equal(HttpStatusCode.BadRequest, no.StatusCode);
        Assert.DoesNotContain("{", no.ServerLine, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", no.ServerLine, StringComparison.Ordinal);
        Assert.NotEmpty(no.ServerLine);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_with_one_line()
    {
        var no = await Assert.ThrowsAsync<MoceanException>(() => Mocean.Steps.SendAsync("nowhere", "x"));

        Assert.Equal(404, no.Status);
        Assert.Contains("nowhere", no.ServerLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_raw_get_returns_a_refusal_without_throwing()
    {
        var reply = await Mocean.GetAsync("exchange", [new("task", "x")]);

        Assert.Equal(400, reply.Status);
        Assert.StartsWith("'task' must be a whole number", reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Elapsed > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_unreachable()
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
    public async Task A_cancelled_call_is_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Mocean.Steps.ProgressAsync(cancel: cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Mocean.HelloAsync(cancel.Token));
    }

    [Fact]
    public void A_server_address_that_is_not_http_is_refused_at_once()
    {
        var no = Assert.Throws<ArgumentException>(() => new MoceanClient("localhost:8080"));
        Assert.Contains("http://localhost:8080", no.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain line\nmore", "plain line")]
    [InlineData("{\"error\":\"one line\"}", "one line")]
    [InlineData("Error {\n    code=404;\n    message=\"Not Found: Your query produced no matching results. (nRows = 0)\";\n}\n", "Not Found: Your query produced no matching results. (nRows = 0)")]
    public void The_servers_line_is_found_in_every_form_of_refusal(string body, string line) =>
        Assert.Equal(line, Wire.ServerLine(body));
}
