using System.IO.Compression;
using System.Net;
using Microsoft.Data.Sqlite;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>Backup while the server runs (Steps played, a store open in WAL mode), wipe, restore into the stopped server's folder, and find everything back.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "mocean-backup-" + Guid.NewGuid().ToString("N"));

    public BackupTests() => Directory.CreateDirectory(work);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(work, recursive: true);
    }

    private string DataDir => Path.Combine(work, "data");

    private static string Cs(string file) => new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    private static long Count(string file)
    {
        using var connection = new SqliteConnection(Cs(file));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM moves";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task ABackupTakenWhileTheServerRunsRestoresEverything()
    {
        Directory.CreateDirectory(Path.Combine(DataDir, "steps"));
        await File.WriteAllTextAsync(Path.Combine(DataDir, "steps", "progress.json"), """{"ada":5}""");
        var db = Path.Combine(DataDir, "ocean.db");
        await using var server = await ServerProcess.StartAsync(DataDir);
        using var client = new HttpClient();
        await client.GetStringAsync(server.BaseUrl + "/steps?message=passport&name=ada");
        await client.GetStringAsync(server.BaseUrl + "/puzzle?solution=tree&name=ada");
        var progress = await client.GetStringAsync(server.BaseUrl + "/steps/progress");
        Assert.Contains("ada", progress, StringComparison.Ordinal);

        // A data set added to the running server's DuckDB store, which only the server may write.
        var csv = Path.Combine(work, "tides.csv");
        await File.WriteAllTextAsync(csv, "time,height_m\n2022-01-05T00:00:00Z,1.5\n2022-01-05T01:00:00Z,2.25\n");
        var added = await ServerProcess.RunCommandAsync(
            ["data", "add", csv, "--id", "tides", "--data-dir", DataDir, "--admin-key", MoceanFactory.AdminKey]);
        Assert.True(added.ExitCode == 0, added.Output + added.Error);
        var tides = await client.GetStringAsync(server.BaseUrl + "/tabledap/tides.csv0?height_m");
        Assert.Equal("1.5\n2.25\n", tides);

        // A store still open and in WAL mode: its newest rows live in the -wal file, which a plain copy of ocean.db would miss.
        using (var writer = new SqliteConnection(Cs(db)))
        {
            writer.Open();
            using var setup = writer.CreateCommand();
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE moves(player TEXT, x REAL);";
            setup.ExecuteNonQuery();
            for (var i = 0; i < 500; i++)
            {
                using var insert = writer.CreateCommand();
                insert.CommandText = "INSERT INTO moves VALUES ('ada', $x)";
                insert.Parameters.AddWithValue("$x", i);
                insert.ExecuteNonQuery();
            }

            var file = Path.Combine(work, "mocean-backup.zip");
            var backup = await ServerProcess.RunCommandAsync(
                ["backup", file, "--server", server.BaseUrl, "--admin-key", MoceanFactory.AdminKey]);
            Assert.True(backup.ExitCode == 0, backup.Error);
            Assert.StartsWith("backup written to " + file, backup.Output, StringComparison.Ordinal);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        await server.StopAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDir, recursive: true);

        var restore = await ServerProcess.RunCommandAsync(["restore", Path.Combine(work, "mocean-backup.zip"), "--data-dir", DataDir]);

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Equal(500, Count(db));
        Assert.Equal("""{"ada":5}""", await File.ReadAllTextAsync(Path.Combine(DataDir, "steps", "progress.json")));
        await using var again = await ServerProcess.StartAsync(DataDir);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(again.BaseUrl + "/hello")).StatusCode);
        Assert.Equal(progress, await client.GetStringAsync(again.BaseUrl + "/steps/progress"));
        Assert.Equal(tides, await client.GetStringAsync(again.BaseUrl + "/tabledap/tides.csv0?height_m"));
    }

    [Fact]
    public async Task ABackupNeedsTheAdminKey()
    {
        await using var server = await ServerProcess.StartAsync(Path.Combine(work, "data"));

        var backup = await ServerProcess.RunCommandAsync(["backup", Path.Combine(work, "b.zip"), "--server", server.BaseUrl, "--admin-key", "wrong-admin-key"]);

        Assert.Equal(1, backup.ExitCode);
        Assert.Contains("refused the backup (403): the admin key in X-Admin-Key is wrong", backup.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work, "b.zip")));
    }

    [Fact]
    public async Task BackupSaysSoWhenNoServerAnswers()
    {
        using var nobody = ServerProcess.ClosedPort();
        var backup = await ServerProcess.RunCommandAsync(
            ["backup", Path.Combine(work, "b.zip"), "--server", $"http://127.0.0.1:{ServerProcess.PortOf(nobody)}"]);

        Assert.Equal(1, backup.ExitCode);
        Assert.Contains("is it running? Give its address with --server URL", backup.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreRefusesAFolderInUseUnlessToldToMoveItAside()
    {
        var file = await SmallBackupAsync();
        Directory.CreateDirectory(DataDir);
        await File.WriteAllTextAsync(Path.Combine(DataDir, "old.txt"), "already here");

        var refused = await ServerProcess.RunCommandAsync(["restore", file, "--data-dir", DataDir]);
        var replaced = await ServerProcess.RunCommandAsync(["restore", file, "--data-dir", DataDir, "--replace"]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is not empty; stop the server, then add --replace", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Equal("from the backup", await File.ReadAllTextAsync(Path.Combine(DataDir, "new.txt")));
        var aside = Assert.Single(Directory.GetDirectories(work, "data.before-restore-*"));
        Assert.Equal("already here", await File.ReadAllTextAsync(Path.Combine(aside, "old.txt")));
    }

    [Fact]
    public async Task RestoreRefusesTheFolderOfARunningServerAndChangesNothing()
    {
        var file = await SmallBackupAsync();
        await using var server = await ServerProcess.StartAsync(DataDir);
        using var client = new HttpClient();
        await client.GetStringAsync(server.BaseUrl + "/steps?message=passport&name=ada");
        var before = Directory.GetFileSystemEntries(work).Order(StringComparer.Ordinal).ToArray();

        var refused = await ServerProcess.RunCommandAsync(["restore", file, "--data-dir", DataDir, "--replace"]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal($"a running mocean-server uses {DataDir}; stop it first (sudo systemctl stop mocean, or Ctrl+C where it runs), then restore",
            refused.Error.Trim());
        Assert.Equal(before, Directory.GetFileSystemEntries(work).Order(StringComparer.Ordinal).ToArray());
        Assert.False(File.Exists(Path.Combine(DataDir, "new.txt")));
        Assert.Contains("ada", await client.GetStringAsync(server.BaseUrl + "/steps/progress"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServerKilledWithoutWarningDoesNotBlockARestore()
    {
        var file = await SmallBackupAsync();
        var server = await ServerProcess.StartAsync(DataDir);
        await server.StopAsync(kill: true);
        await server.DisposeAsync();
        Assert.True(File.Exists(Path.Combine(DataDir, "server.lock")));
        Assert.True(File.Exists(Path.Combine(DataDir, "server.url")));

        var restored = await ServerProcess.RunCommandAsync(["restore", file, "--data-dir", DataDir, "--replace"]);

        Assert.True(restored.ExitCode == 0, restored.Error);
        Assert.Equal("from the backup", await File.ReadAllTextAsync(Path.Combine(DataDir, "new.txt")));
    }

    [Fact]
    public async Task ASecondServerOnTheSameDataFolderIsRefusedWithOneLine()
    {
        await using var server = await ServerProcess.StartAsync(DataDir);

        var second = await ServerProcess.RunCommandAsync(
            ["--urls", "http://127.0.0.1:0", "--data-dir", DataDir, "--rate-limit", "0"], seconds: 120);

        Assert.Equal(1, second.ExitCode);
        Assert.Equal($"mocean-server could not start: another mocean-server uses the data folder {DataDir}. Stop it first, or give this one its own folder with --data-dir DIR.",
            second.Error.Trim());
        using var client = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(server.BaseUrl + "/hello")).StatusCode);
    }

    [Fact]
    public async Task RestoreRefusesAZipThatIsNotABackup()
    {
        var file = Path.Combine(work, "other.zip");
        var snapshot = Path.Combine(work, "snap");
        Directory.CreateDirectory(snapshot);
        await File.WriteAllTextAsync(Path.Combine(snapshot, "homework.txt"), "x");
        ZipFile.CreateFromDirectory(snapshot, file);
        await File.WriteAllTextAsync(Path.Combine(work, "garbage.zip"), "not a zip at all");

        var notBackup = await ServerProcess.RunCommandAsync(["restore", file, "--data-dir", DataDir]);
        var notZip = await ServerProcess.RunCommandAsync(["restore", Path.Combine(work, "garbage.zip"), "--data-dir", DataDir]);

        Assert.Equal(1, notBackup.ExitCode);
        Assert.Contains("is a zip but not a Mocean backup", notBackup.Error, StringComparison.Ordinal);
        Assert.Equal(1, notZip.ExitCode);
        Assert.Contains("is not a backup this server can read", notZip.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(DataDir));
    }

    [Fact]
    public async Task RestoreRefusesABackupWhoseOceanDbIsAllZeroesAndChangesNothing()
    {
        // 8 MB of zeroes pack into a few kilobytes: a zip of a damaged disk, which the server could not start from.
        var file = Path.Combine(work, "zeroes.zip");
        var snapshot = Path.Combine(work, "snap");
        Directory.CreateDirectory(snapshot);
        await File.WriteAllTextAsync(Path.Combine(snapshot, "mocean-backup.json"), "{}");
        await File.WriteAllBytesAsync(Path.Combine(snapshot, "ocean.db"), new byte[8 * 1024 * 1024]);
        ZipFile.CreateFromDirectory(snapshot, file);

        var restore = await ServerProcess.RunCommandAsync(["restore", file, "--data-dir", DataDir]);

        Assert.Equal(1, restore.ExitCode);
        Assert.Equal($"{file} holds a store that cannot be read, nothing restored: the game's store ocean.db cannot be read (SQLite Error 26: 'file is not a database'.)", restore.Error.Trim());
        Assert.False(Directory.Exists(DataDir));
        Assert.Empty(Directory.EnumerateDirectories(work, "*.restoring-*"));
    }

    [Fact]
    public async Task RestoreRefusesABackupThatUnpacksToMoreThanTheDiskHolds()
    {
        // An entry whose header claims more than any disk here holds: refused before one byte is unpacked.
        var file = Path.Combine(work, "huge.zip");
        await File.WriteAllBytesAsync(file, ClaimingZip("ocean.db", 1L << 50));

        var restore = await ServerProcess.RunCommandAsync(["restore", file, "--data-dir", DataDir]);

        Assert.Equal(1, restore.ExitCode);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(file)} unpacks to 1073741824 MB, more than the [0-9]+ MB free beside {System.Text.RegularExpressions.Regex.Escape(DataDir)}; nothing restored$", restore.Error.Trim());
        Assert.False(Directory.Exists(DataDir));
    }

    /// <summary>A zip of one stored entry whose headers claim <paramref name="size"/> bytes (ZIP64), with none of them present.</summary>
    private static byte[] ClaimingZip(string name, long size)
    {
        using var buffer = new MemoryStream();
        using var zip = new BinaryWriter(buffer);
        var nameBytes = System.Text.Encoding.ASCII.GetBytes(name);
        zip.Write(0x04034b50u); // local header
        zip.Write((ushort)45); zip.Write((ushort)0); zip.Write((ushort)0); zip.Write(0u); zip.Write(0u);
        zip.Write(0xFFFFFFFFu); zip.Write(0xFFFFFFFFu);
        zip.Write((ushort)nameBytes.Length); zip.Write((ushort)20); zip.Write(nameBytes);
        zip.Write((ushort)1); zip.Write((ushort)16); zip.Write(size); zip.Write(size);
        var central = buffer.Position;
        zip.Write(0x02014b50u); // central directory
        zip.Write((ushort)45); zip.Write((ushort)45); zip.Write((ushort)0); zip.Write((ushort)0); zip.Write(0u); zip.Write(0u);
        zip.Write(0xFFFFFFFFu); zip.Write(0xFFFFFFFFu);
        zip.Write((ushort)nameBytes.Length); zip.Write((ushort)20); zip.Write((ushort)0); zip.Write((ushort)0); zip.Write((ushort)0);
        zip.Write(0u); zip.Write(0u); zip.Write(nameBytes);
        zip.Write((ushort)1); zip.Write((ushort)16); zip.Write(size); zip.Write(size);
        var centralSize = buffer.Position - central;
        zip.Write(0x06054b50u); // end of central directory
        zip.Write((ushort)0); zip.Write((ushort)0); zip.Write((ushort)1); zip.Write((ushort)1);
        zip.Write((uint)centralSize); zip.Write((uint)central); zip.Write((ushort)0);
        zip.Flush();
        return buffer.ToArray();
    }

    /// <summary>A backup file holding one file, <c>new.txt</c> ("from the backup"), beside its manifest.</summary>
    private async Task<string> SmallBackupAsync()
    {
        var file = Path.Combine(work, "b.zip");
        var snapshot = Path.Combine(work, "snap");
        Directory.CreateDirectory(snapshot);
        await File.WriteAllTextAsync(Path.Combine(snapshot, "mocean-backup.json"), "{}");
        await File.WriteAllTextAsync(Path.Combine(snapshot, "new.txt"), "from the backup");
        ZipFile.CreateFromDirectory(snapshot, file);
        return file;
    }
}
