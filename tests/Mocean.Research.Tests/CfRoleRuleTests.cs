using Mocean.Research.Catalog;

namespace Mocean.Research.Tests;

/// <summary>A descriptor's <c>cfRole</c> is one of CF's feature roles, on at most one column each, or the descriptor is refused in one line.</summary>
public sealed class CfRoleRuleTests
{
    private static DatasetDescriptor Casts(string? castRole, string? stationRole) => new(
        "casts", "Casts", "Casts at stations", SourceFormat.Csv, ["casts.csv"],
        [new("cast", ColumnType.Text, CfRole: castRole), new("station", ColumnType.Text, CfRole: stationRole), new("time", ColumnType.Time, Units: "UTC")],
        CdmDataType: "Profile");

    [Theory]
    [InlineData("profile_id", null)]
    [InlineData("profile_id", "timeseries_id")]
    [InlineData(null, "trajectory_id")]
    public void CfsFeatureRolesAreAccepted(string? castRole, string? stationRole) =>
        DescriptorRules.Check(Casts(castRole, stationRole));

    [Theory]
    [InlineData("profile", null, "column cast: cfRole 'profile' is not one of profile_id, timeseries_id, trajectory_id")]
    [InlineData("profile_id", "profile_id", "cfRole 'profile_id' is given to more than one column (cast, station)")]
    public void AnyOtherRoleOrOneTwiceIsRefusedInOneLine(string? castRole, string? stationRole, string message)
    {
        var error = Assert.Throws<DatasetException>(() => DescriptorRules.Check(Casts(castRole, stationRole)));

        Assert.Equal(message, error.Message);
    }
}
