using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mocean.Operations.Settings;
using Mocean.Server.Hosting;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>
/// Each setting is a property of its feature's options class: what it accepts is read from the property (its type and
/// validation attributes), and the server checks the same options again as it starts.
/// </summary>
public sealed class SettingOptionsTests
{
    private static string? Problem(string key, string value) => ServerSettings.Table.All.Single(setting => setting.Key == key).Problem(value);

    [Theory]
    [InlineData("RateLimit", "0")]
    [InlineData("RateLimit", " 300 ")]
    [InlineData("RowCap", "9223372036854775807")]
    [InlineData("Seed", "18446744073709551615")]
    [InlineData("PlacementSeed", "-3")]
    [InlineData("IdleMinutes", "0.5")]
    [InlineData("RecordingPublic", "All")]
    [InlineData("LogLevel", "debug")]
    [InlineData("Classic", "True")]
    [InlineData("AdminKey", "a-long-secret-key")]
    [InlineData("TrustedProxies", "10.0.0.0/8, 127.0.0.1")]
    [InlineData("Clock", "2026-03-14T15:09:26Z")]
    [InlineData("Urls", "http://127.0.0.1:5055;http://0.0.0.0:8080")]
    [InlineData("Server", "http://127.0.0.1:8080")]
    [InlineData("DataDir", "/var/lib/mocean")]
    public void AValueTheSettingTakesIsNoProblem(string key, string value) => Assert.Null(Problem(key, value));

    [Theory]
    [InlineData("AdminMisses", "-1", "a whole number from 0 to 1000000 (0: no limit)")]
    [InlineData("AdminMisses", "many", "a whole number from 0 to 1000000 (0: no limit)")]
    [InlineData("HeavyWorkers", "1025", "a whole number from 1 to 1024")]
    [InlineData("HeavyPerAddress", "0", "a whole number from 1 to 1024")]
    [InlineData("FileReplySeconds", "86401", "a whole number from 1 to 86400")]
    [InlineData("LivePerAddress", "0", "a whole number from 1 to 1000000")]
    [InlineData("StepsNamesPerAddress", "2.5", "a whole number from 1 to 1000000")]
    [InlineData("GatewayPort", "-1", "a whole number from 0 to 65535 (0: none)")]
    [InlineData("IdSeed", "9223372036854775808", "a whole number from -9223372036854775808 to 9223372036854775807")]
    [InlineData("Seed", "-1", "a whole number from 0 to 18446744073709551615")]
    [InlineData("RecordingMegabytes", "0.5", "a number of megabytes from 1 to 1000000, like 200")]
    [InlineData("RecordingMegabytes", "lots", "a number of megabytes from 1 to 1000000, like 200")]
    [InlineData("IdleMinutes", "525601", "a number of minutes above 0 and at most 525600 (a year), like 60 or 0.5")]
    [InlineData("Recording", "on", "true or false")]
    [InlineData("LogLevel", "99", "one of Trace, Debug, Information, Warning, Error, Critical, None")]
    [InlineData("DataDir", " ", "a folder, like data or /var/lib/mocean")]
    [InlineData("Server", "127.0.0.1:8080", "the server's address, like http://127.0.0.1:8080")]
    [InlineData("Cluster", "Username=mocean", "a PostgreSQL connection string naming its host, like Host=127.0.0.1;Port=5432;Username=mocean;Password=...;Database=mocean")]
    public void AValueTheSettingCannotTakeSaysWhatItMustBe(string key, string value, string expected) => Assert.Equal(expected, Problem(key, value));

    [Fact]
    public void EachSettingIsListedByOneOptionsClassOnly()
    {
        var listed = ServerSettings.Table.All.GroupBy(setting => setting.Key, StringComparer.OrdinalIgnoreCase).Where(key => key.Count() > 1).Select(key => key.Key);

        Assert.Empty(listed);
        Assert.Equal("--steps-names-per-address", ServerSettings.Table.All.Single(setting => setting.Key == "StepsNamesPerAddress").Switch);
        Assert.Equal("MOCEAN_STEPSNAMESPERADDRESS", ServerSettings.Table.All.Single(setting => setting.Key == "StepsNamesPerAddress").Environment);
    }

    [Fact]
    public void EveryOptionsClassOfTheTableIsCheckedAsTheServerStarts()
    {
        using var factory = new MoceanFactory();
        using var client = factory.CreateClient();

        foreach (var options in ServerSettings.Table.Options)
        {
            var validators = factory.Services.GetServices(typeof(IValidateOptions<>).MakeGenericType(options));
            Assert.True(validators.Any(), $"{options.Name} is bound without a check");
        }
    }

    [Fact]
    public void AValueOutOfRangeStopsTheServerAsItStartsEvenPastTheCommandLine()
    {
        // A source added to the host itself is not on the command line the start-up check reads, as with a host built
        // another way: the options' own check (ValidateOnStart) stops it.
        using var factory = new MoceanFactory();
        using var wrong = factory.WithWebHostBuilder(host => host.ConfigureAppConfiguration(settings =>
            settings.AddInMemoryCollection([new("HeavyQueue", "-1")])));

        var failure = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());

        var invalid = failure.GetBaseException() as OptionsValidationException ?? throw new Xunit.Sdk.XunitException(failure.ToString());
        Assert.Equal(typeof(HeavyWorkOptions), invalid.OptionsType);
        Assert.Contains("a whole number from 0 to 100000 (0: none wait)", invalid.Message, StringComparison.Ordinal);
    }
}
