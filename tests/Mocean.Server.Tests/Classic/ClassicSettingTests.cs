using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Classic;

/// <summary><c>--classic</c> and its older name <c>--sequential-ids</c>, which the log names as an alias once.</summary>
public sealed class ClassicSettingTests
{
    private const string AliasLine = "The setting SequentialIds (--sequential-ids) is another name for Classic (--classic)";

    private static async Task<IReadOnlyList<string>> LogOfAServerWith(string key)
    {
        await using var factory = new MoceanFactory { Settings = { [key] = "true" } };
        using var client = factory.CreateClient();
        using var reply = await client.GetAsync("/api/lookup?name=Unobtainium");
        Assert.Equal("[]", await reply.Content.ReadAsStringAsync());
        return [.. factory.Logs.Lines.Select(l => l.Message)];
    }

    [Fact]
    public async Task TheOlderNameTurnsClassicModeOnAndTheLogSaysOnceThatItIsAnAlias()
    {
        var log = await LogOfAServerWith("SequentialIds");

        Assert.Single(log, line => line.StartsWith(AliasLine, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSettingByItsOwnNameLogsNoAliasLine()
    {
        var log = await LogOfAServerWith("Classic");

        Assert.DoesNotContain(log, line => line.StartsWith(AliasLine, StringComparison.Ordinal));
    }
}
