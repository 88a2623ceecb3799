namespace Mocean.Ocean;

/// <summary>Settings a teacher may send: checked before an ocean is made of them.</summary>
public sealed partial record OceanRules
{
    /// <summary>What is wrong with these settings, one line each; empty when they make a playable ocean.</summary>
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
        static bool Positive(double v) => double.IsFinite(v) && v > 0;
        static bool NotNegative(double v) => double.IsFinite(v) && v >= 0;
        Need(Positive(Width) && Positive(Height), "width and height must be positive");
        Need(NotNegative(FloorDepth) && NotNegative(TrenchDepth), "floor and trench depths must be 0 or more");
        Need(Trench is not null && Trench.All(r => double.IsFinite(r.X0 + r.X1 + r.Y0 + r.Y1)), "trench rectangles must be numbers");
        Need(SeamountNames is { Count: > 0 } && SeamountNames.All(n => !string.IsNullOrWhiteSpace(n)), "at least one seamount, each with a name");
        Need(TreasureNames is not null && SeamountNames is not null && TreasureNames.Count <= SeamountNames.Count, "no more treasures than seamounts");
        Need(WhaleNames is not null && WhaleNames.All(n => !string.IsNullOrWhiteSpace(n)), "every whale needs a name");
        Need(SeamountCentreMin <= SeamountCentreMax, "the seamount centre range must not be empty");
        Need(Positive(SeamountSigmaMin) && NotNegative(SeamountSigmaSpread), "seamount widths must be positive");
        Need(NotNegative(SeamountHeightMin) && NotNegative(SeamountHeightSpread) && NotNegative(SeamountExtentSigmas), "seamount heights must be 0 or more");
        Need(NotNegative(WhaleSpeed), "whale speed must be 0 or more");
        Need(double.IsFinite(StartMin) && double.IsFinite(StartMax) && StartMin <= StartMax, "the start range must not be empty");
        Need(!string.IsNullOrWhiteSpace(StartItem), "players start holding an item");
        Need(new[] { SurfaceTopSpeed, SubmergedTopSpeed, WhaleTopSpeed, StartSpeed, SpeedUpFactor, DiveStep }.All(Positive), "speeds, factors and the dive step must be positive");
        Need(NotNegative(SlowDownFactor) && SlowDownFactor < 1 && NotNegative(StopBelow), "slowing down must reduce speed");
        Need(new[] { VeerDegrees, SightBase, SightMin, BinocularsSight, Reach, BoatHookReach }.All(NotNegative), "veer, sight and reach must be 0 or more");
        Need(TreasureReturn >= TimeSpan.Zero && IdleLimit > TimeSpan.Zero, "treasure return must be 0 or more and the idle limit positive");
        Need(NameMaxLength > 0 && MessageMaxLength > 0, "names and messages must allow at least 1 character");
        Need(ChatLogSize >= 0 && EventLogSize >= 0, "log sizes must be 0 or more");
        return problems;
    }
}
