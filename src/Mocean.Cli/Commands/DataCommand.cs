using System.CommandLine;
using System.Globalization;
using System.Text;
using Mocean.Client;
using Mocean.Client.Data;

namespace Mocean.Cli.Commands;

/// <summary>
/// <c>mocean data profile DAY INDEX</c>: the original <c>oceanclient.Chart(day, index)</c> as a command.
/// Asks for the profile, then its sensors from the ascent start to the descent start; writes a PNG
/// chart (temperature and salinity against depth, depth increasing downward) and the rows as CSV:
/// the files given with <c>--png</c> / <c>--csv</c>, or with neither both, named after the profile in the
/// current folder. A file that cannot be written is one line and exit code 1.
/// </summary>
public static class DataCommand
{
    public static Command Create()
    {
        var day = new Argument<int>("DAY") { Description = "Day of January 2022, 1..31", CustomParser = Shared.WholeNumber("DAY (a day of January 2022, 1..31)") };
        var index = new Argument<int>("INDEX") { Description = "Which profile of that day, 1..9 (about nine a day)", CustomParser = Shared.WholeNumber("INDEX (which profile of the day, 1..9)") };
        var png = new Option<FileInfo?>("--png") { Description = "Write a chart of temperature and salinity against depth to this PNG file", HelpName = "FILE" };
        var csv = new Option<FileInfo?>("--csv") { Description = "Write the samples (time, depth, temperature, salinity) to this CSV file", HelpName = "FILE" };
        var profile = new Command("profile", """
            Fetch one profile of the Oregon Slope Base shallow profiler (January 2022): when it rose and
            fell, then every temperature and salinity sample of its ascent. Writes the chart (PNG) and the
            samples (CSV); with neither --png nor --csv both go to the current folder, named after the
            profile (profile-2022-01-05-9.png and .csv).
            Example: mocean data profile 5 9   or   mocean data profile 5 9 --png profile.png --csv profile.csv
            """)
        {
            day, index, png, csv,
        };
        profile.SetAction((parse, cancel) => Shared.RunAsync(parse, cancel, client =>
            ProfileAsync(client, parse.GetValue(day), parse.GetValue(index), parse.GetValue(png), parse.GetValue(csv), cancel)));
        return new Command("data", "Read the data service: ocean sensor profiles.") { profile };
    }

    private static async Task<int> ProfileAsync(MoceanClient client, int day, int index, FileInfo? png, FileInfo? csv, CancellationToken cancel)
    {
        var profile = await client.Data.ProfileAsync(day, index, cancel);
        Console.WriteLine($"profile {index} of 2022-01-{day:00}: ascent {Time(profile.AscentStartTime)} from {Number(profile.AscentStartDepth)} m to {Number(profile.PeakDepth)} m at {Time(profile.PeakTime)}, descent from {Time(profile.DescentStartTime)}  ({Shared.Milliseconds(profile.Elapsed)} ms)");
        var sensors = await client.Data.SensorsAsync(profile, cancel);
        Console.WriteLine($"{sensors.Temperature.Count} temperature and {sensors.Salinity.Count} salinity samples from {Time(profile.AscentStartTime)} to {Time(profile.DescentStartTime)}  ({Shared.Milliseconds(sensors.Elapsed)} ms)");
        if (sensors.Temperature.Count + sensors.Salinity.Count == 0)
        {
            return Shared.Fail(Shared.Refused, "the server has no samples in that window, so there is nothing to chart");
        }

        if (png is null && csv is null)
        {
            var name = $"profile-2022-01-{day:00}-{index}";
            (png, csv) = (new FileInfo(name + ".png"), new FileInfo(name + ".csv"));
        }

        var writing = png ?? csv!;
        try
        {
            if (png is not null)
            {
                ProfileChart.Write(png.FullName, $"Oregon Slope Base, profile {index} of 2022-01-{day:00}", sensors);
                Console.WriteLine($"chart: {png.FullName}");
            }

            if (csv is not null)
            {
                writing = csv;
                await File.WriteAllTextAsync(csv.FullName, Rows(sensors), cancel);
                Console.WriteLine($"rows: {csv.FullName}");
            }
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            var why = problem is DirectoryNotFoundException ? $"the folder {writing.DirectoryName} does not exist" : problem.Message;
            return Shared.Fail(Shared.Refused, $"cannot write {writing.FullName}: {why}");
        }

        return Shared.Done;
    }

    /// <summary>One row per sample time: time, depth, temperature, salinity (empty where a sensor has no sample).</summary>
    public static string Rows(Sensors sensors)
    {
        var rows = new SortedDictionary<DateTime, (double Depth, double? Temperature, double? Salinity)>();
        foreach (var t in sensors.Temperature)
        {
            rows[t.Time] = (t.Depth, t.Value, null);
        }

        foreach (var s in sensors.Salinity)
        {
            rows[s.Time] = rows.TryGetValue(s.Time, out var row) ? row with { Salinity = s.Value } : (s.Depth, null, s.Value);
        }

        var text = new StringBuilder("time,depth,temperature,salinity\n");
        foreach (var (time, row) in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{time:yyyy-MM-ddTHH:mm:ssZ},{Number(row.Depth)},{Number(row.Temperature)},{Number(row.Salinity)}\n");
        }

        return text.ToString();
    }

    private static string Time(DateTime time) => time.ToString(DataClient.TimeFormat, CultureInfo.InvariantCulture);

    private static string Number(double? value) => value is { } v && !double.IsNaN(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
