namespace Mocean.Client.Tests;

/// <summary>Joining, naming, listing and leaving an ocean through the client.</summary>
public sealed class OceanPlayerTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private MoceanClient Mocean => fixture.Client;

    [Fact]
    public async Task JoinGivesAPlayerWithASecretIdWhoKnowsItsName()
    {
        var ada = await Mocean.Ocean.JoinAsync("ada");

        Assert.Matches("^[a-z0-9]{8}$", ada.Id);
        Assert.Equal(("ada", "main"), (ada.Name, ada.Ocean));
        Assert.True(ada.Elapsed > TimeSpan.Zero);
        Assert.Equal("ada", (await ada.NameAsync()).Text);
        await ada.QuitAsync();
    }

    [Fact]
    public async Task WhoListsThePlayersOfAnOcean()
    {
        var bo = await Mocean.Ocean.JoinAsync("bo");
        var cy = await Mocean.Ocean.JoinAsync("cy");

        var who = await Mocean.Ocean.WhoAsync();

        Assert.Equal(who.Names.Count, who.Count);
        Assert.Contains("bo", who.Names);
        Assert.Contains("cy", who.Names);
        await bo.QuitAsync();
        await cy.QuitAsync();
        Assert.DoesNotContain("bo", (await Mocean.Ocean.WhoAsync()).Names);
    }

    [Fact]
    public async Task AnOceanThatDoesNotExistIsA404()
    {
        var no = await Assert.ThrowsAsync<MoceanException>(() => Mocean.Ocean.WhoAsync("nosuchocean"));

        Assert.Equal((404, "/who"), (no.Status, no.Route));
        Assert.Contains("nosuchocean", no.ServerLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameInUseIsA409UntilItsPlayerQuits()
    {
        var dee = await Mocean.Ocean.JoinAsync("dee");

        var taken = await Assert.ThrowsAsync<MoceanException>(() => Mocean.Ocean.JoinAsync("dee"));
        Assert.Equal((409, "/join"), (taken.Status, taken.Route));

        Assert.Contains("dee", (await dee.QuitAsync()).Text, StringComparison.Ordinal);
        var again = await Mocean.Ocean.JoinAsync("dee");
        Assert.NotEqual(dee.Id, again.Id);
        await again.QuitAsync();
    }

    [Fact]
    public async Task APlayerWhoQuitIsUnknownAfterwards()
    {
        var eve = await Mocean.Ocean.JoinAsync("eve");
        await eve.QuitAsync();

        var gone = await Assert.ThrowsAsync<MoceanException>(() => eve.NameAsync());

        Assert.Equal((404, "/name"), (gone.Status, gone.Route));
    }

    [Fact]
    public async Task ABadNameIsA400WithTheServersLine()
    {
        var bad = await Assert.ThrowsAsync<MoceanException>(() => Mocean.Ocean.JoinAsync("not a name!"));

        Assert.Equal(400, bad.Status);
        Assert.NotEmpty(bad.ServerLine);
    }

    [Fact]
    public async Task APlayerHandleCanBeResumedFromItsId()
    {
        var fay = await Mocean.Ocean.JoinAsync("fay");
        var again = Mocean.Ocean.Resume(fay.Id, "fay");

        Assert.Equal("fay", (await again.NameAsync()).Text);
        await again.QuitAsync();
    }
}
