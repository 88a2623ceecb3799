namespace Mocean.Server.Hosting;

/// <summary>One setting as a teacher meets it: its command-line switch, its key in <c>mocean.json</c>, its default and what it does.</summary>
/// <param name="Switch">The command-line name, e.g. <c>--data-dir</c>.</param>
/// <param name="Key">The key in <c>mocean.json</c>; the environment variable is <c>MOCEAN_</c> + the key in capitals.</param>
/// <param name="Value">What to write after the switch, e.g. <c>DIR</c>.</param>
/// <param name="Default">The default, as shown in <c>--help</c> and docs/settings.md.</param>
/// <param name="Help">One sentence a teacher follows.</param>
public sealed record Setting(string Switch, string Key, string Value, string Default, string Help)
{
    /// <summary>The environment variable that sets it (<c>MOCEAN_DATADIR</c>).</summary>
    public string Environment => "MOCEAN_" + Key.Replace(":", "__", StringComparison.Ordinal).ToUpperInvariant();
}

/// <summary>Every setting of the server: the one table that <c>--help</c>, the command line and docs/settings.md follow.</summary>
public static class Settings
{
    public static readonly IReadOnlyList<Setting> All =
    [
        new("--urls", "Urls", "URL[;URL]", Configuration.DefaultUrls,
            "Where the server listens: http://0.0.0.0:8080 is every network card, port 8080; http://127.0.0.1:5055 is this machine only."),
        new("--data-dir", nameof(MoceanOptions.DataDir), "DIR", "data",
            "The folder where the server keeps everything it must remember (oceans, players, Steps progress, data sets)."),
        new("--admin-key", nameof(MoceanOptions.AdminKey), "KEY", "(none: admin routes are off)",
            "The teacher's secret for admin routes and backups, sent in the header X-Admin-Key: at least 12 characters, 6 of them different."),
        new("--admin-misses", nameof(MoceanOptions.AdminMisses), "N", "20",
            "Wrong admin keys one address may send within a minute; after that its wrong keys are answered 429 until the minute is over, while the right key always works (0: no limit)."),
        new("--rate-limit", nameof(MoceanOptions.RateLimit), "N", "1000",
            "Requests a second each client address may send (bursts of twice that); 0 turns limiting off."),
        new("--row-cap", nameof(MoceanOptions.RowCap), "N", "10000000",
            "The most rows one data query may return; a bigger query is refused with 413."),
        new("--heavy-workers", nameof(MoceanOptions.HeavyWorkers), "N", "half the processors, at least 1",
            "Charts (.png), Parquet files and new sea floors made at once, apart from the game."),
        new("--heavy-queue", nameof(MoceanOptions.HeavyQueue), "N", "16",
            "Charts and files waiting for a turn; more are refused with 503 and Retry-After."),
        new("--heavy-per-address", nameof(MoceanOptions.HeavyPerAddress), "N", "2",
            "Charts and files one client address may have in the making or waiting; more are refused with 429."),
        new("--file-reply-seconds", nameof(MoceanOptions.FileReplySeconds), "N", "60",
            "Seconds a client has to download a chart or Parquet file once made; a slower one loses it and its temporary file is deleted."),
        new("--players-per-ocean", nameof(MoceanOptions.PlayersPerOcean), "N", "500",
            "Players one ocean takes; a join beyond is refused with 409 (make another ocean for more)."),
        new("--players-per-address", nameof(MoceanOptions.PlayersPerAddress), "N", "200",
            "Players joined from one client address and still playing; a join beyond is refused with 429 until one quits."),
        new("--live-per-address", nameof(MoceanOptions.LivePerAddress), "N", "60",
            "Live maps (streams of /ocean/live and the teacher's page) one client address may have open at once; one more is refused with 429 until one closes."),
        new("--steps-names-per-address", nameof(MoceanOptions.StepsNamesPerAddress), "N", "200",
            "Different Steps names (name=) one client address may use; more are refused with 429, so a script cannot flood the progress table."),
        new("--puzzles", nameof(MoceanOptions.Puzzles), "FILE", "(the shipped Steps chain)",
            "A puzzle file of your own (JSON or YAML) for Steps."),
        new("--seed", nameof(MoceanOptions.Seed), "N", "2026",
            "The world seed of the main ocean: the same seed makes the same sea floor."),
        new("--placement-seed", "PlacementSeed", "N", "(none: random)",
            "Makes players' start places and headings repeatable (for demos and tests); random when unset."),
        new("--id-seed", "IdSeed", "N", "(none: secret)",
            "Makes the secret player ids repeatable, for tests and written examples only: whoever knows the seed can work out every id."),
        new("--clock", "Clock", "TIME", "(none: the machine's clock)",
            "Makes the game's clock stand at TIME (like 2026-03-14T15:09:26Z) and move only by POST /admin/clock?seconds=N, so a test or a replayed round happens the same way every time."),
        new("--idle-minutes", "IdleMinutes", "MINUTES", "60",
            "Players who send nothing for this many minutes leave the ocean, so their name is free again."),
        new("--blocked-words", "BlockedWords", "WORD,WORD", "(a short built-in list)",
            "Words refused in player names and masked in chat, separated by commas; an empty text means none."),
        new("--recording", "Recording", "true/false", "true",
            "Keep each ocean's game record (events and players' tracks) and publish it as the data sets ocean_NAME_events and ocean_NAME_tracks."),
        new("--track-seconds", "TrackSeconds", "SECONDS", "1",
            "Seconds between two samples of a moving player's track (a player at rest adds nothing)."),
        new("--recording-days", "RecordingDays", "DAYS", "30",
            "Days the game record is kept; older rows are dropped."),
        new("--recording-megabytes", "RecordingMegabytes", "MB", "200",
            "Size of the game record kept per ocean (counted at 100 bytes a row); beyond it the oldest rows are dropped."),
        new("--recording-public", "RecordingPublic", "over/all/none", "over",
            "What students may read of the game record: over (rounds that are over, and play outside rounds), all, or none; the teacher reads everything, and lines said in meetings are the teacher's alone."),
        new("--classic", nameof(MoceanOptions.Classic), "true/false", "false",
            "The original club's protocol (V3.14) for its notebooks and clients: ids 0, 1, 2... that anyone may use, and the original's replies; only for a class that trusts each other."),
        new("--sequential-ids", nameof(MoceanOptions.SequentialIds), "true/false", "false",
            "The older name of --classic, still accepted (the log says so once)."),
        new("--require-api-keys", nameof(MoceanOptions.RequireApiKeys), "true/false", "false",
            "Data routes answer only requests with an API key (header X-Api-Key) made by the teacher."),
        new("--log-level", nameof(MoceanOptions.LogLevel), "LEVEL", "Information",
            "How much the log shows: Debug adds one line per request; Warning shows only problems."),
        new("--log-requests", nameof(MoceanOptions.LogRequests), "true/false", "false",
            "Log every request at Information (so it shows at the default log level)."),
        new("--public-url", nameof(MoceanOptions.PublicUrl), "URL", "(none: the address each request reached)",
            "The address students use to reach the server (https://mocean.school.org behind a proxy), shown in replies' links; other Host headers are never echoed."),
        new("--trusted-proxies", nameof(MoceanOptions.TrustedProxies), "IP,IP", "(none)",
            "Addresses of your own reverse proxy (Caddy, nginx); only from these are X-Forwarded-For and X-Forwarded-Proto believed."),
        new("--silo-port", "SiloPort", "N", "0 (a free port)",
            "The ocean engine's internal port, on this machine only; leave it unless a firewall needs it fixed."),
        new("--gateway-port", "GatewayPort", "N", "0 (none)",
            "A port for Orleans clients outside the server, on this machine only; the server itself needs none."),
        new("--cluster", nameof(MoceanOptions.Cluster), "CONNECTION", "(none: one server, its own files)",
            "A PostgreSQL connection string (Host=db.school.org;Username=mocean;Password=...;Database=mocean): the server joins the cluster of every server given the same one, and keeps the oceans, players and Steps progress there."),
        new("--silo-address", "SiloAddress", "IP", "127.0.0.1",
            "With --cluster: this machine's address the other servers reach its ocean engine at (its --silo-port must be open to them); leave it when every server runs on one machine."),
        new("--server", nameof(MoceanOptions.Server), "URL", "(from --urls, else http://127.0.0.1:8080)",
            "For the backup command: the running server to ask for a snapshot."),
        new("--config", "Config", "FILE", "mocean.json beside the program",
            "A settings file to read instead of mocean.json beside the program."),
    ];

    /// <summary>Command-line names (as scripts and tests use them) to setting keys.</summary>
    public static IDictionary<string, string> Switches() =>
        All.ToDictionary(s => s.Switch, s => s.Key, StringComparer.Ordinal);
}
