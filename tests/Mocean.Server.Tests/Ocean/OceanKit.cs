using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>Helpers of the ocean's HTTP tests: plain GETs, admin POSTs, golden files in Ocean/Golden.</summary>
public static class OceanKit
{
    public static async Task<(HttpStatusCode Status, string Text)> Get(this HttpClient client, string url)
    {
        var reply = await client.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    public static async Task<(HttpStatusCode Status, string Text)> Admin(this HttpClient client, string url, string? key = MoceanFactory.AdminKey, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, url);
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }

        var reply = await client.SendAsync(request);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    public static string Unique(string stem) => stem + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Compares with Ocean/Golden/NAME exactly; MOCEAN_UPDATE_GOLDEN=1 rewrites the file.</summary>
    public static void AssertGolden(string name, string actual)
    {
        var path = Path.Combine(Python.RepoRoot, "tests", "Mocean.Server.Tests", "Ocean", "Golden", name);
        if (Environment.GetEnvironmentVariable("MOCEAN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual + "\n");
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing");
        Assert.Equal(File.ReadAllText(path).TrimEnd('\n'), actual);
    }
}
