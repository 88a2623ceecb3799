using Orleans;

namespace Mocean.Ocean.Rounds;

/// <summary>
/// Every figure of a round (rounds.md), with the spec's value as default. The teacher's route sets
/// <see cref="Impostors"/>, <see cref="Tasks"/>, <see cref="Length"/>, <see cref="MeetingLength"/> and
/// <see cref="ConfirmEjects"/>; the rest are the game's.
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.Round.Settings")]
public sealed record RoundSettings
{
    public static RoundSettings Default { get; } = new();

    /// <summary>How many impostors; null draws 1 for 4 to 9 players, 2 for 10 to 19, 3 from 20.</summary>
    [Id(0)] public int? Impostors { get; init; }
    /// <summary>Tasks per player, the one <c>find</c> included.</summary>
    [Id(1)] public int Tasks { get; init; } = 5;
    /// <summary>The round's playing time (it stops during meetings).</summary>
    [Id(2)] public TimeSpan Length { get; init; } = TimeSpan.FromMinutes(15);
    [Id(3)] public TimeSpan MeetingLength { get; init; } = TimeSpan.FromSeconds(90);
    /// <summary>Whether the ejection line says if the ejected player was an impostor.</summary>
    [Id(4)] public bool ConfirmEjects { get; init; } = true;
    [Id(5)] public int MinPlayers { get; init; } = 4;

    // Impostors.
    [Id(6)] public double TagReach { get; init; } = 10;
    [Id(7)] public TimeSpan FirstTagAfter { get; init; } = TimeSpan.FromSeconds(10);
    [Id(8)] public TimeSpan TagEvery { get; init; } = TimeSpan.FromSeconds(30);
    [Id(9)] public TimeSpan StormLength { get; init; } = TimeSpan.FromSeconds(30);
    [Id(10)] public TimeSpan StormEvery { get; init; } = TimeSpan.FromSeconds(90);
    [Id(11)] public double StormSight { get; init; } = 5;

    // Meetings.
    [Id(12)] public TimeSpan MeetingGap { get; init; } = TimeSpan.FromSeconds(20);
    [Id(13)] public TimeSpan SayEvery { get; init; } = TimeSpan.FromSeconds(3);

    // Tasks.
    [Id(14)] public double MeasureTolerance { get; init; } = 0.001;
    [Id(15)] public int WrongAnswersBeforeWait { get; init; } = 3;
    [Id(16)] public TimeSpan WrongAnswerWait { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>How many sensor minutes are drawn at the start for <c>measure</c> tasks (late joiners draw from them too).</summary>
    [Id(17)] public int MeasurePool { get; init; } = 32;

    // The lost city: the floor is the deeper of the floor and Base + Height·exp(-½(r/Sigma)²) within Radius.
    [Id(18)] public double CityRadius { get; init; } = 45;
    [Id(19)] public double CityBase { get; init; } = 30;
    [Id(20)] public double CityHeight { get; init; } = 50;
    [Id(21)] public double CitySigma { get; init; } = 15;
    [Id(22)] public double CityFromSeamounts { get; init; } = 120;
    [Id(23)] public double CityFromTrench { get; init; } = 60;

    /// <summary>How many impostors a round of <paramref name="players"/> draws.</summary>
    public int ImpostorsFor(int players) => Impostors ?? (players >= 20 ? 3 : players >= 10 ? 2 : 1);

    /// <summary>What makes these settings unplayable, one line each; empty when they are fine.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Need(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }
        static bool NotNegative(double v) => double.IsFinite(v) && v >= 0;
        Need(Impostors is null or >= 1, "impostors must be 1 or more");
        Need(Tasks is >= 1 and <= 50, "tasks must be 1 to 50");
        Need(Length > TimeSpan.Zero && Length <= TimeSpan.FromHours(24), "minutes must be more than 0 and at most a day");
        Need(MeetingLength > TimeSpan.Zero && MeetingLength <= TimeSpan.FromHours(1), "meeting_seconds must be 1 to 3600");
        Need(MinPlayers >= 2, "a round needs at least 2 players");
        Need(new[] { TagReach, StormSight, MeasureTolerance, CityRadius, CityBase, CityHeight, CityFromSeamounts, CityFromTrench }.All(NotNegative), "reaches, sight, tolerance and the city's figures must be 0 or more");
        Need(double.IsFinite(CitySigma) && CitySigma > 0, "the city's width must be positive");
        Need(new[] { FirstTagAfter, TagEvery, StormLength, StormEvery, MeetingGap, SayEvery, WrongAnswerWait }.All(t => t >= TimeSpan.Zero), "waits must be 0 or more");
        Need(WrongAnswersBeforeWait >= 1 && MeasurePool >= 1, "the wrong-answer count and the measure pool must be 1 or more");
        return problems;
    }
}
