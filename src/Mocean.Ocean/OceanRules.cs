namespace Mocean.Ocean;

/// <summary>An open rectangle of the trench: a point on its border is outside.</summary>
public readonly record struct TrenchRect(double X0, double X1, double Y0, double Y1)
{
    public bool Contains(double x, double y) => x > X0 && x < X1 && y > Y0 && y < Y1;
}

/// <summary>
/// Every figure of the game, with the original game's value as default. Immutable: a teacher's
/// ocean is created with <c>new OceanRules { WhaleSpeed = 2 }</c> and the like.
/// </summary>
public sealed partial record OceanRules
{
    public static OceanRules Default { get; } = new();

    // The world.
    public double Width { get; init; } = 900;
    public double Height { get; init; } = 900;
    public double FloorDepth { get; init; } = 30;
    public double TrenchDepth { get; init; } = 50;
    public IReadOnlyList<TrenchRect> Trench { get; init; } =
    [
        new(140, 260, 290, 315),
        new(260, 266, 290, 360),
        new(260, 330, 360, 365),
        new(330, 338, 360, 450),
        new(330, 410, 450, 455),
    ];
    public IReadOnlyList<string> SeamountNames { get; init; } =
    [
        "Mount Crumpet", "Axial Seamount", "Meru Prastarah", "Krakatoa", "Atlantis", "Euler Seamount",
        "Ridhi Seamount", "Aiden Seamount", "Loihi Seamount", "Kick 'em Jenny", "West Mata", "Vema Seamount",
    ];
    /// <summary>One treasure per seamount, in the seamounts' order.</summary>
    public IReadOnlyList<string> TreasureNames { get; init; } =
    [
        "fishing net", "crash alert", "JSON ROV", "ALVIN submarine", "imaging sonar", "teleport crystal",
        "chrono-synclastic infundibulum", "binoculars", "ham and cheese sandwich", "boat hook", "iron dust", "iron dust",
    ];
    public IReadOnlyList<string> WhaleNames { get; init; } =
    [
        "Anisha", "Stephen Jay Gould", "Debbie Kelley", "Herman Melville", "Ishmael", "Charles Darwin",
        "William Wang", "Paul Erdos", "George Of The Jungle", "Simone de Beauvoir", "Alex Honnold", "Marvin Gaye",
        "Bill Watterson", "James Earl Jones", "Richard Alley", "Naomi Oreskes", "Yayoi Kusama",
    ];
    public int SeamountCentreMin { get; init; } = 60;
    public int SeamountCentreMax { get; init; } = 839;
    public double SeamountSigmaMin { get; init; } = 10;
    public double SeamountSigmaSpread { get; init; } = 30;
    public double SeamountHeightMin { get; init; } = 10;
    public double SeamountHeightSpread { get; init; } = 15;
    /// <summary>A seamount raises the floor only within this many σ of its centre.</summary>
    public double SeamountExtentSigmas { get; init; } = 3;
    /// <summary>Whales drift at the surface at this speed (units/s) along their own heading.</summary>
    public double WhaleSpeed { get; init; } = 0.5;

    // Players and motion.
    public double StartMin { get; init; } = 40;
    public double StartMax { get; init; } = 200;
    public string StartItem { get; init; } = Items.ItemNames.AirTank;
    public double SurfaceTopSpeed { get; init; } = 40;
    public double SubmergedTopSpeed { get; init; } = 5;
    public double WhaleTopSpeed { get; init; } = 80;
    public double StartSpeed { get; init; } = 1;
    public double SpeedUpFactor { get; init; } = 1.45;
    public double SlowDownFactor { get; init; } = 0.6;
    public double StopBelow { get; init; } = 0.33;
    public double VeerDegrees { get; init; } = 15;
    public double DiveStep { get; init; } = 5;
    public double SightBase { get; init; } = 20;
    public double SightMin { get; init; } = 5;
    public double BinocularsSight { get; init; } = 100;
    public double Reach { get; init; } = 10;
    public double BoatHookReach { get; init; } = 35;

    // Time, chat and logs.
    public TimeSpan TreasureReturn { get; init; } = TimeSpan.FromMinutes(10);
    public TimeSpan IdleLimit { get; init; } = TimeSpan.FromMinutes(60);
    public int NameMaxLength { get; init; } = 20;
    public int MessageMaxLength { get; init; } = 200;
    public int ChatLogSize { get; init; } = 500;
    public int EventLogSize { get; init; } = 200;

    /// <summary>
    /// The one rule of a player's name: 1 to <see cref="NameMaxLength"/> ASCII letters and digits. <c>Join</c>
    /// refuses any other (<see cref="OceanError.NameInvalid"/>); a host may ask first, before it draws an id.
    /// </summary>
    public bool IsPlayerName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= NameMaxLength && name.All(char.IsAsciiLetterOrDigit);
}
