using System.Globalization;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Npgsql;

namespace Mocean.Server.Admin;

/// <summary>
/// Which teacher's cookies are still good: each cookie carries the generation it was issued in, and only the current
/// generation's are accepted. Signing out starts a new generation (every browser signed in before is signed out, a
/// copied cookie included), and so does a change of admin key, even back to a key used before, whose old cookies
/// therefore stay dead. Kept in <c>teacher-sessions</c> in the data directory (the key's fingerprint and the
/// generation), so a restart keeps it, readable only by the server's user. In a cluster the generation is the store's
/// (one row of <c>mocean_teacher</c>, read at each check), so a sign-out through one server signs out on every server.
/// </summary>
public sealed class TeacherSessions
{
    public const string FileName = "teacher-sessions";

    private readonly Lock gate = new();
    private readonly string path;
    private readonly string fingerprint;
    private readonly NpgsqlDataSource? store;
    private long generation;

    public TeacherSessions(IOptions<StoreOptions> options, string fingerprint, NpgsqlDataSource? store = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.fingerprint = fingerprint;
        this.store = store;
        path = Path.Combine(options.Value.DataPath, FileName);
        if (store is not null)
        {
            // A new key starts a new generation, as in the file; the same key keeps the cluster's.
            Run("""
                INSERT INTO mocean_teacher (id, fingerprint, generation) VALUES (1, $1, 1)
                ON CONFLICT (id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, generation = mocean_teacher.generation + 1
                WHERE mocean_teacher.fingerprint <> EXCLUDED.fingerprint
                """, fingerprint);
            return;
        }

        var stored = File.Exists(path) ? File.ReadAllText(path).Split(' ', 2, StringSplitOptions.TrimEntries) : [];
        var last = stored.Length == 2 && long.TryParse(stored[1], NumberStyles.None, CultureInfo.InvariantCulture, out var g) ? g : 0;
        generation = stored.Length == 2 && stored[0] == fingerprint ? last : last + 1;
        Save();
    }

    /// <summary>The generation a cookie issued now carries.</summary>
    public long Generation
    {
        get
        {
            if (store is not null)
            {
                using var read = store.CreateCommand("SELECT generation FROM mocean_teacher WHERE id = 1");
                return read.ExecuteScalar() is long stored ? stored : 0;
            }

            lock (gate)
            {
                return generation;
            }
        }
    }

    /// <summary>Starts a new generation: every cookie issued before is refused from now on.</summary>
    public void SignOutEveryone()
    {
        if (store is not null)
        {
            Run("UPDATE mocean_teacher SET generation = generation + 1 WHERE id = 1");
            return;
        }

        lock (gate)
        {
            generation++;
            Save();
        }
    }

    private void Run(string sql, params object[] values)
    {
        using var command = store!.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        command.ExecuteNonQuery();
    }

    private void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = string.Create(CultureInfo.InvariantCulture, $"{fingerprint} {generation}\n");
        var temporary = path + ".new";
        File.WriteAllText(temporary, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
