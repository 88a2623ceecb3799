using System.Net.Http.Json;
using Mocean.OceanHosting;
using Mocean.Operations.Settings;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Ingest;
using Mocean.Research.Store;

namespace Mocean.Operations;

/// <summary>
/// <c>mocean-server data add FILE... [--id ID] [--title TEXT] [--descriptor FILE.json] [--data-dir DIR]</c>:
/// builds a data set from CSV or NetCDF-3 files (the client's <c>mocean data</c> is another thing: it fetches a profile).
/// When a server runs on the data directory it is handed the
/// job (admin POST, since only it writes the store); otherwise the store is written here, with progress.
/// </summary>
public static class DataAddCommand
{
    public const string Usage = "usage: mocean-server data add FILE... [--id ID] [--title TEXT] [--descriptor FILE.json] [--data-dir DIR] [--admin-key KEY]";

    /// <summary>Adds the data set of <paramref name="files"/> (or of <paramref name="descriptor"/>) to the data directory <paramref name="settings"/> name.</summary>
    public static async Task<int> RunAsync(string[] files, string? id, string? title, string? descriptor, IConfiguration settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = settings.Read<StoreOptions>();
        try
        {
            var described = descriptor is null
                ? DataService.DescribeFiles([.. files.Select(Path.GetFullPath)], id, title)
                : DataService.ReadDescriptor(descriptor);
            if (File.Exists(ServerUrlFile.PathIn(options.DataPath)))
            {
                var url = (await File.ReadAllTextAsync(ServerUrlFile.PathIn(options.DataPath)).ConfigureAwait(false)).Trim();
                using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
                using var request = new HttpRequestMessage(HttpMethod.Post, url + "/admin/datasets") { Content = JsonContent.Create(described, options: DataService.DescriptorJson) };
                request.Headers.Add(AdminOptions.Header, settings.Read<AdminOptions>().AdminKey ?? "");
                try
                {
                    using var reply = await client.SendAsync(request).ConfigureAwait(false);
                    Console.WriteLine($"handed to the running server at {url}:");
                    Console.WriteLine((await reply.Content.ReadAsStringAsync().ConfigureAwait(false)).TrimEnd('\n')); // a refusal's line has no newline of its own
                    return reply.IsSuccessStatusCode ? 0 : 1;
                }
                catch (HttpRequestException)
                {
                    Console.WriteLine($"no server answers at {url}; writing the store directly");
                }
            }

            using var data = new DataService(new DuckStore(Path.Combine(options.DataPath, DataService.StoreFile)), MoceanClock.Real);
            var report = data.Add(described, new TerminalProgress());
            Console.Error.WriteLine();
            Console.WriteLine(report.Details);
            return 0;
        }
        catch (Exception e) when (e is DatasetException or InvalidDataException or IOException)
        {
            await Console.Error.WriteLineAsync("data add: " + e.Message).ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>One terminal line rewritten in place: rows, rows a second, percent.</summary>
    private sealed class TerminalProgress : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) =>
            Console.Error.Write($"\r{value.Rows,12:N0} rows  {value.RowsPerSecond,12:N0} rows/s  {value.Fraction * 100,5:0.0}%");
    }
}

/// <summary>
/// The file <c>server.url</c> in the data directory says where the server that owns the store listens (the server
/// writes it once it listens), so <c>data add</c> hands that server the job instead of opening the store itself.
/// </summary>
public static class ServerUrlFile
{
    public const string FileName = "server.url";

    public static string PathIn(string dataPath) => Path.Combine(dataPath, FileName);
}
