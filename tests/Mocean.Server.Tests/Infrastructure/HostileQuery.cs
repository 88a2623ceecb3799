namespace Mocean.Server.Tests.Infrastructure;

/// <summary>What the fuzz tests of every service share: building a hostile query string, and checking the server after.</summary>
internal static class HostileQuery
{
    /// <summary>
    /// Up to four keys (a hostile key one time in ten) with values from <paramref name="value"/>, a bare key now and
    /// then, a repeated key now and then, joined by <c>&amp;</c> or (one time in six) <c>;</c>, after <paramref name="first"/>.
    /// </summary>
    public static string Build(Random random, string[] keys, Func<Random, string> value, List<string>? first = null)
    {
        var parts = first ?? [];
        var count = random.Next(0, 5);
        for (var i = 0; i < count; i++)
        {
            var key = random.Next(10) == 0 ? value(random) : keys[random.Next(keys.Length)];
            parts.Add(random.Next(12) == 0 ? key : $"{key}={value(random)}");
            if (random.Next(8) == 0)
            {
                parts.Add(parts[^1]); // a repeated key
            }
        }

        return string.Join(random.Next(6) == 0 ? ";" : "&", parts);
    }

    /// <summary>After the storm: the server still answers, and logged no failure and no unhandled exception.</summary>
    public static async Task AssertServerUnharmedAsync(ServerProcess server)
    {
        using var http = new HttpClient();
        Assert.Equal("hello! the Mocean server is up and listening.", await http.GetStringAsync($"{server.BaseUrl}/hello"));
        Assert.DoesNotContain("fail:", server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", server.Output, StringComparison.Ordinal);
    }
}
