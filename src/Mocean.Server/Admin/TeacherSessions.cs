using System.Globalization;
using Microsoft.Extensions.Options;
using Mocean.Server.Hosting;

namespace Mocean.Server.Admin;

/// <summary>
/// Which teacher's cookies are still good: each cookie carries the generation it was issued in, and only the current
/// generation's are accepted. Signing out starts a new generation (every browser signed in before is signed out, a
/// copied cookie included), and so does a change of admin key, even back to a key used before, whose old cookies
/// therefore stay dead. Kept in <c>teacher-sessions</c> in the data directory (the key's fingerprint and the
/// generation), so a restart keeps it, readable only by the server's user.
/// </summary>
public sealed class TeacherSessions
{
    public const string FileName = "teacher-sessions";

    private readonly Lock gate = new();
    private readonly string path;
    private readonly string fingerprint;
    private long generation;

    public TeacherSessions(IOptions<MoceanOptions> options, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.fingerprint = fingerprint;
        path = Path.Combine(options.Value.DataPath, FileName);
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
            lock (gate)
            {
                return generation;
            }
        }
    }

    /// <summary>Starts a new generation: every cookie issued before is refused from now on.</summary>
    public void SignOutEveryone()
    {
        lock (gate)
        {
            generation++;
            Save();
        }
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
