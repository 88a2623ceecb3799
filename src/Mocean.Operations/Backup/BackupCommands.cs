using System.Globalization;
using System.IO.Compression;
using Mocean.OceanHosting;
using Mocean.Operations.Settings;

namespace Mocean.Operations.Backup;

/// <summary><c>mocean-server backup FILE</c> (asks the running server) and <c>mocean-server restore FILE</c> (a stopped server's data folder).</summary>
public static class BackupCommands
{
    /// <summary>Writes the running server's snapshot to <paramref name="path"/>; <paramref name="settings"/> name the server and the admin key.</summary>
    public static async Task<int> BackupAsync(string path, IConfiguration settings, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(output);
        var file = Path.GetFullPath(path);
        if (!Directory.Exists(Path.GetDirectoryName(file)))
        {
            await error.WriteLineAsync($"there is no folder {Path.GetDirectoryName(file)} to write the backup {Path.GetFileName(file)} in; create it first, or name a file in an existing folder")
                .ConfigureAwait(false);
            return 1;
        }

        // The listening addresses are the web host's own key (urls), which it reads itself.
        var server = (settings.Read<BackupOptions>().Server ?? LocalAddress(settings["urls"])).TrimEnd('/');
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, server + "/admin/backup");
        request.Headers.Add(AdminOptions.Header, settings.Read<AdminOptions>().AdminKey ?? string.Empty);
        try
        {
            using var reply = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            if (!reply.IsSuccessStatusCode)
            {
                var why = (await reply.Content.ReadAsStringAsync().ConfigureAwait(false)).Trim();
                await error.WriteLineAsync($"the server at {server} refused the backup ({(int)reply.StatusCode}): {why}").ConfigureAwait(false);
                return 1;
            }

            var partial = file + ".partial";
            // A backup holds every player's secret id: readable by its owner only (0600).
            var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var target = new FileStream(partial, create))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                await reply.Content.CopyToAsync(target).ConfigureAwait(false);
            }

            File.Move(partial, file, overwrite: true);
            if (reply.Headers.TryGetValues(BackupService.NoteHeader, out var notes))
            {
                await error.WriteLineAsync("note: " + string.Join(' ', notes)).ConfigureAwait(false);
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"the backup could not be written to {file}: {failure.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (HttpRequestException failure)
        {
            await error.WriteLineAsync($"no server answers at {server} ({failure.Message}); is it running? Give its address with --server URL")
                .ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"backup written to {file} ({new FileInfo(file).Length} bytes)").ConfigureAwait(false);
        return 0;
    }

    /// <summary>Puts the snapshot <paramref name="path"/> into the data folder <paramref name="settings"/> name (moving what it held aside with <paramref name="replace"/>).</summary>
    public static int Restore(string path, bool replace, IConfiguration settings, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(output);
        var file = Path.GetFullPath(path);
        var dataDir = settings.Read<StoreOptions>().DataPath.TrimEnd('/');
        if (!File.Exists(file))
        {
            error.WriteLine($"there is no file {file}");
            return 1;
        }

        if (DataDirLock.IsHeld(dataDir))
        {
            error.WriteLine($"a running mocean-server uses {dataDir}; stop it first (sudo systemctl stop mocean, or Ctrl+C where it runs), then restore");
            return 1;
        }

        var stamp = MoceanClock.Real.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var unpacked = $"{dataDir}.restoring-{stamp}";
        try
        {
            if (RestoreCheck.TooBig(file, dataDir) is { } tooBig)
            {
                error.WriteLine(tooBig);
                return 1;
            }

            ZipFile.ExtractToDirectory(file, unpacked);
        }
        catch (Exception failure) when (failure is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            SafeDelete(unpacked);
            error.WriteLine($"{file} is not a backup this server can read: {failure.Message}");
            return 1;
        }

        if (!File.Exists(Path.Combine(unpacked, BackupService.Manifest)))
        {
            SafeDelete(unpacked);
            error.WriteLine($"{file} is a zip but not a Mocean backup (it has no {BackupService.Manifest})");
            return 1;
        }

        if (StoreCheck.Problem(unpacked) is { } unreadable)
        {
            SafeDelete(unpacked);
            error.WriteLine($"{file} holds a store that cannot be read, nothing restored: {unreadable.Replace(unpacked + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Split(": restore a backup")[0]}");
            return 1;
        }

        if (Directory.Exists(dataDir) && Directory.EnumerateFileSystemEntries(dataDir).Any())
        {
            if (!replace)
            {
                SafeDelete(unpacked);
                error.WriteLine($"{dataDir} is not empty; stop the server, then add --replace to move what it holds aside and restore");
                return 1;
            }

            var aside = $"{dataDir}.before-restore-{stamp}";
            Directory.Move(dataDir, aside);
            output.WriteLine($"what {dataDir} held is now in {aside}");
        }
        else if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir);
        }

        Directory.Move(unpacked, dataDir);
        output.WriteLine($"restored {file} into {dataDir}; start the server to use it");
        return 0;
    }

    /// <summary>The address to reach a server listening on <paramref name="urls"/> from this machine.</summary>
    public static string LocalAddress(string? urls)
    {
        var first = (urls ?? SettingSources.DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? SettingSources.DefaultUrls;
        foreach (var any in new[] { "://0.0.0.0", "://[::]", "://*", "://+" })
        {
            first = first.Replace(any, "://127.0.0.1", StringComparison.Ordinal);
        }

        return first;
    }

    private static void SafeDelete(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
