namespace Mocean.Ocean.Items;

/// <summary>The names of the items the rules know by name (all others only give flavour text).</summary>
public static class ItemNames
{
    public const string AirTank = "air tank";
    public const string IronDust = "iron dust";
    public const string CrashAlert = "crash alert";
    public const string TeleportCrystal = "teleport crystal";
    public const string BoatHook = "boat hook";
    public const string Binoculars = "binoculars";
    /// <summary>Not an inventory item: <c>use item=whale</c> gets off the whale being ridden.</summary>
    public const string Whale = "whale";
}
