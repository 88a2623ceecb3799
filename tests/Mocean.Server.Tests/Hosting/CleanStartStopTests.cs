using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>A normal start and stop of the real server: nothing in the log that looks like trouble, and its keys private.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class CleanStartStopTests
{
    [Fact]
    public async Task ANormalStartAndStopLogNoWarningOrErrorAndTheKeysAreTheServersUsersOnly()
    {
        var server = await ServerProcess.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
            using var form = new FormUrlEncodedContent([new("key", MoceanFactory.AdminKey)]);
            using var signIn = new HttpRequestMessage(HttpMethod.Post, "/teacher/signin") { Content = form };
            signIn.Headers.Add("Origin", server.BaseUrl);
            using var signedIn = await http.SendAsync(signIn);
            Assert.Equal("signed in\n", await signedIn.Content.ReadAsStringAsync());
            await server.StopAsync();

            Assert.Equal(0, server.ExitCode);
            // Orleans warns of a turn that took long, and its health monitor of a thread pool slow to answer, on a busy
            // machine (a test run's load): measures of the machine, not of a start or stop.
            var troubled = server.Output.Split('\n')
                .Where(line => !line.StartsWith("warn: Orleans.Runtime.Scheduler.WorkItemGroup:", StringComparison.Ordinal)
                    && !line.StartsWith("warn: Orleans.Runtime.MembershipService.LocalSiloHealthMonitor", StringComparison.Ordinal))
                .Where(line => line.StartsWith("warn:", StringComparison.Ordinal)
                || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)
                || line.Contains("stopped: ", StringComparison.Ordinal) || line.Contains("canceled", StringComparison.OrdinalIgnoreCase));
            Assert.Empty(troubled);

            var keys = Path.Combine(server.DataDir, "keys");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
            var files = Directory.GetFiles(keys);
            Assert.NotEmpty(files);
            Assert.All(files, file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)));
        }
        finally
        {
            await server.DisposeAsync();
            Directory.Delete(server.DataDir, recursive: true);
        }
    }
}
