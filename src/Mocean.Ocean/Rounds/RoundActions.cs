using System.Globalization;
using Mocean.Ocean.World;
using Orleans;

namespace Mocean.Ocean.Rounds;

/// <summary>A player where they are now (moved to now by the ocean first).</summary>
public sealed record Body(string Name, double X, double Y, double Z);

/// <summary>The reply of <c>task</c>: <c>task N done: D of T crew tasks done</c>.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Round.TaskDone")]
public sealed record TaskDone([property: Id(0)] int N, [property: Id(1)] int Done, [property: Id(2)] int Total)
{
    public string Text => $"task {N} done: {Done} of {Total} crew tasks done";
}

/// <summary>The impostors' actions and the tasks, as pure functions of the round and the players' bodies.</summary>
public static class RoundActions
{
    /// <summary>
    /// <c>tag</c>: a living impostor tags the crewmate named, or else the nearest living crewmate, within
    /// <see cref="RoundSettings.TagReach"/> (3-D); the crewmate is out and a beacon stays where they were. Anyone else
    /// hears only that they cannot tag, before anything about the target is looked at.
    /// </summary>
    public static (RoundState Round, string Tagged) Tag(RoundState r, string tagger, string? name, IReadOnlyList<Body> bodies, Torus torus, DateTimeOffset now)
    {
        var p = RoundGuard.InPlay(r, tagger);
        if (!p.IsImpostor || p.IsOut)
        {
            throw RoundGuard.Forbidden("you cannot tag");
        }
        if (now < p.NextTagAt)
        {
            throw RoundGuard.Refused($"too soon: you can tag in {RoundClock.Seconds(p.NextTagAt - now)} s");
        }
        var me = bodies.First(b => Same(b.Name, p.Name));
        double Distance(Body b) => torus.Distance3D(me.X, me.Y, me.Z, b.X, b.Y, b.Z);
        Body? target;
        if (!string.IsNullOrWhiteSpace(name))
        {
            var t = r.Find(name.Trim()) ?? throw new OceanException(OceanError.UnknownName, "no player of the round has this name: who lists the players");
            target = bodies.FirstOrDefault(b => Same(b.Name, t.Name));
            if (Same(t.Name, p.Name))
            {
                throw RoundGuard.Refused("you cannot tag yourself: name a crewmate, or leave name out for the nearest");
            }
            if (t.IsOut)
            {
                throw RoundGuard.Refused($"{t.Name} is already out");
            }
            if (t.IsImpostor)
            {
                throw RoundGuard.Refused($"{t.Name} is an impostor too");
            }
            if (target is null)
            {
                throw RoundGuard.Refused($"{t.Name} is not in the ocean now");
            }
            var d = Distance(target);
            if (d > r.Settings.TagReach)
            {
                throw RoundGuard.Refused($"{t.Name} is out of reach: {Number(d)} m away, a tag reaches {Number(r.Settings.TagReach)} m");
            }
        }
        else
        {
            target = bodies
                .Where(b => r.Find(b.Name) is { IsImpostor: false, IsOut: false })
                .Select(b => (b, d: Distance(b)))
                .Where(x => x.d <= r.Settings.TagReach)
                .OrderBy(x => x.d)
                .Select(x => x.b)
                .FirstOrDefault()
                ?? throw RoundGuard.Refused($"no crewmate in reach: a tag reaches {Number(r.Settings.TagReach)} m");
        }
        var tagged = r.Find(target.Name)!;
        r = r.With(tagged with { Out = OutCause.Tagged }).With(p with { NextTagAt = now + r.Settings.TagEvery });
        r = r with { Beacons = [.. r.Beacons, new Beacon(tagged.Name, target.X, target.Y, target.Z)] };
        return (RoundClock.CheckWin(r, now), tagged.Name);
    }

    /// <summary><c>sabotage kind=storm</c>: every player's sight drops for a while; once every <see cref="RoundSettings.StormEvery"/>.</summary>
    public static RoundState Sabotage(RoundState r, string name, string? kind, DateTimeOffset now)
    {
        if (!string.Equals(kind?.Trim(), "storm", StringComparison.OrdinalIgnoreCase))
        {
            throw new OceanException(OceanError.BadArgument, "kind must be storm, like sabotage?kind=storm");
        }
        var p = RoundGuard.InPlay(r, name);
        if (!p.IsImpostor || p.IsOut)
        {
            throw RoundGuard.Forbidden("you cannot sabotage");
        }
        if (now < r.NextStormAt)
        {
            throw RoundGuard.Refused($"too soon: the next storm can rise in {RoundClock.Seconds(r.NextStormAt - now)} s");
        }
        return r with { StormUntil = now + r.Settings.StormLength, NextStormAt = now + r.Settings.StormEvery };
    }

    /// <summary>
    /// <c>task</c>: task <paramref name="n"/> counts when the player is within <paramref name="reach"/> (3-D) of its place
    /// and its condition holds (<c>sample</c> and <c>find</c>: on the floor, whose depth here is <paramref name="floorHere"/>;
    /// <c>measure</c>: the answer within the tolerance). A <c>find</c> refusal says only that the city is not here.
    /// An impostor's fake task answers the same and counts for nothing. A wrong answer is not thrown but returned as
    /// <c>Wrong</c> with the state to keep (the count of wrong answers), for the caller to keep and then refuse.
    /// </summary>
    public static (RoundState Round, TaskDone? Reply, string? Wrong) DoTask(
        RoundState r, string name, int n, Body at, double reach, double floorHere, double? answer, Torus torus, DateTimeOffset now)
    {
        var p = RoundGuard.InPlay(r, name);
        if (n < 1 || n > p.Tasks.Count)
        {
            throw new OceanException(OceanError.BadArgument, $"n must be 1 to {p.Tasks.Count}: tasks lists yours");
        }
        var task = p.Tasks[n - 1];
        if (task.Done)
        {
            throw RoundGuard.Refused($"task {n} is done already: tasks shows the ones left");
        }
        if (task.Kind == TaskKind.Measure && now < p.AnswerWaitUntil)
        {
            throw RoundGuard.Refused($"three wrong answers: wait {RoundClock.Seconds(p.AnswerWaitUntil - now)} s before the next");
        }
        var d = torus.Distance3D(at.X, at.Y, at.Z, task.X, task.Y, task.Z);
        var onFloor = at.Z >= floorHere - 1e-6;
        if (task.Kind == TaskKind.Find)
        {
            if (d > reach || !onFloor)
            {
                throw RoundGuard.Refused("the lost city is not here");
            }
        }
        else if (d > reach)
        {
            throw RoundGuard.Refused($"task {n} is {Number(d)} m away (3-D): come within {Number(reach)} m of {Number(task.X)},{Number(task.Y)},{Number(task.Z)}");
        }
        else if (task.Kind == TaskKind.Sample && !onFloor)
        {
            throw RoundGuard.Refused($"task {n} is a sample of the floor: sink to it (ping says how deep the floor is here)");
        }
        else if (task.Kind == TaskKind.Measure)
        {
            (r, var wrong) = CheckAnswer(r, p, task, answer, now);
            if (wrong is not null)
            {
                return (r, null, wrong);
            }
        }
        p = r.Find(name)!;
        r = r.With(p with { Tasks = [.. p.Tasks.Select(t => t.N == n ? t with { Done = true } : t)] });
        var reply = new TaskDone(n, r.TasksDone, r.TasksTotal);
        return (p.IsImpostor ? r : RoundClock.CheckWin(r, now), reply, null);
    }

    /// <summary>The answer to a <c>measure</c> task: null when right; else the wrong-answer count goes on (and may start a wait) and the refusal line comes back.</summary>
    private static (RoundState Round, string? Wrong) CheckAnswer(RoundState r, RoundPlayer p, RoundTask task, double? answer, DateTimeOffset now)
    {
        var minute = TaskLine.Minute(task.Minute!.Value);
        if (answer is not double a || !double.IsFinite(a))
        {
            throw new OceanException(OceanError.BadArgument, $"task {task.N} needs answer=the temp that /api/sensors gives for {minute}");
        }
        if (Math.Abs(a - task.Temp!.Value) <= r.Settings.MeasureTolerance)
        {
            return (r.With(p with { WrongAnswers = 0 }), null);
        }
        var wrong = p.WrongAnswers + 1;
        var wait = wrong >= r.Settings.WrongAnswersBeforeWait;
        r = r.With(p with { WrongAnswers = wait ? 0 : wrong, AnswerWaitUntil = wait ? now + r.Settings.WrongAnswerWait : p.AnswerWaitUntil });
        return (r, wait
            ? $"wrong answer: that is not the temp at {minute}; {r.Settings.WrongAnswersBeforeWait} wrong answers, so wait {RoundClock.Seconds(r.Settings.WrongAnswerWait)} s before the next"
            : $"wrong answer: that is not the temp /api/sensors gives for {minute}");
    }

    internal static string Number(double v) => (v + 0.0).ToString(CultureInfo.InvariantCulture);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
