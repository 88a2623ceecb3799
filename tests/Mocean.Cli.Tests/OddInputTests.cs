namespace Mocean.Cli.Tests;

/// <summary>Whatever is typed on the command line, the command answers in words and an exit code, never with a stack trace.</summary>
public sealed class OddInputTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    public static TheoryData<string[]> Odd => new()
    {
        new[] { "get", "%%", "a=%zz" },
        new[] { "get", "steps", "=x" },
        new[] { "get", "steps", "message=a=b=c", "MESSAGE=again" },
        new[] { "get", "../../etc/passwd" },
        new[] { "get", "steps", "message=\u00e9\u00e8\u2603\ud83d\udc33" },
        new[] { "get", "exchange", "task=99999999999999999999999999" },
        new[] { "get", "hello", "--repeat", "0" },
        new[] { "get", "hello", "--repeat", "many" },
        new[] { "data", "profile", "x", "y" },
        new[] { "data", "profile", "-1", "0" },
        new[] { "ocean", "play", "" },
        new[] { "ocean", "play", "not a name!" },
        new[] { "nosuchcommand" },
        new[] { "steps", "--route", "///" },
    };

    [Theory]
    [MemberData(nameof(Odd))]
    public async Task OddInputGetsWordsAndAnExitCodeNotAStackTrace(string[] args)
    {
        var run = await CliProcess.RunAsync([.. args, "--server", fixture.Url], string.Empty);

        Assert.InRange(run.ExitCode, 0, 1);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Output + run.Error, StringComparison.Ordinal);
        Assert.False(fixture.Server.HasExited);
    }
}
