using Mocean.Research.Catalog;

namespace Mocean.Research.Tests;

public sealed class SampleIngestTests : IDisposable
{
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void SamplesArePublishedWithTheirRowCounts()
    {
        var reports = store.Service.PublishMissing(SampleDatasets.All(), null);

        Assert.Equal(["osb_ctd_jan2022", "osb_profiles_jan2022", "periodic_table"], reports.Select(r => r.Id).Order());
        Assert.Equal(44_638, store.Service.Find("osb_ctd_jan2022")!.Rows);
        Assert.Equal(279, store.Service.Find("osb_profiles_jan2022")!.Rows);
        Assert.Equal(118, store.Service.Find("periodic_table")!.Rows);
        Assert.All(reports, r => Assert.Equal(0, r.RejectedCount));
    }

    [Fact]
    public void RebuildingGivesTheSameDataSet()
    {
        store.Service.Add(SampleDatasets.Profiles());
        var before = store.Count("SELECT bit_xor(hash(profile, time, rest_start_time, peak_depth, descent_end_time, descent_end_depth)) % 1000000007 FROM ds_osb_profiles_jan2022");
        store.Service.Add(SampleDatasets.Profiles());

        Assert.Equal(279, store.Count("SELECT count(*) FROM ds_osb_profiles_jan2022"));
        Assert.Equal(before, store.Count("SELECT bit_xor(hash(profile, time, rest_start_time, peak_depth, descent_end_time, descent_end_depth)) % 1000000007 FROM ds_osb_profiles_jan2022"));
        Assert.Single(store.Service.Datasets);
    }

    [Fact]
    public void NetCdfFilesGiveTheSameSeriesAsTheMergedCsv()
    {
        var fromCsv = SampleDatasets.CtdSeries();
        var fromNetCdf = SampleDatasets.CtdSeriesFromNetCdf() with { Id = "osb_ctd_nc" };
        store.Service.Add(fromCsv);
        var report = store.Service.Add(fromNetCdf);

        Assert.Equal(44_638, report.Rows);
        Assert.Equal(0, store.Count("""
            SELECT count(*) FROM ds_osb_ctd_jan2022 c FULL JOIN ds_osb_ctd_nc n USING (time)
            WHERE c.time IS NULL OR n.time IS NULL OR abs(c.depth - n.depth) > 0.5
               OR abs(c.temperature - n.temperature) > 1e-4 OR abs(c.salinity - n.salinity) > 1e-4 OR abs(c.pressure - n.pressure) > 1e-3
            """));
    }

    [Fact]
    public void TheSeriesHasTheKnownGapOnJanuaryThird()
    {
        store.Service.Add(SampleDatasets.CtdSeries());

        Assert.Equal(0, store.Count("SELECT count(*) FROM ds_osb_ctd_jan2022 WHERE time > TIMESTAMP '2022-01-03 21:20:00' AND time < TIMESTAMP '2022-01-03 21:24:00'"));
        Assert.Equal(1, store.Count("SELECT count(*) FROM ds_osb_ctd_jan2022 WHERE time = TIMESTAMP '2022-01-03 21:20:00'"));
        Assert.Equal(1, store.Count("SELECT count(*) FROM ds_osb_ctd_jan2022 WHERE time = TIMESTAMP '2022-01-03 21:24:00'"));
        Assert.Equal(1, store.Count("""
            SELECT count(*) FROM (SELECT time - lag(time) OVER (ORDER BY time) AS step FROM ds_osb_ctd_jan2022) WHERE step > INTERVAL 1 MINUTE
            """));
    }

    [Fact]
    public void ValuesLieInTheRangesTheDataReadmeGives()
    {
        store.Service.Add(SampleDatasets.CtdSeries());

        // The README gives the ranges to two decimals (and depths in whole metres).
        Assert.Equal(746, store.Count("SELECT round(min(temperature) * 100) FROM ds_osb_ctd_jan2022"));
        Assert.Equal(1073, store.Count("SELECT round(max(temperature) * 100) FROM ds_osb_ctd_jan2022"));
        Assert.Equal(3127, store.Count("SELECT round(min(salinity) * 100) FROM ds_osb_ctd_jan2022"));
        Assert.Equal(3398, store.Count("SELECT round(max(salinity) * 100) FROM ds_osb_ctd_jan2022"));
        Assert.Equal(8, store.Count("SELECT min(depth) FROM ds_osb_ctd_jan2022"));
        Assert.Equal(207, store.Count("SELECT max(depth) FROM ds_osb_ctd_jan2022"));
    }

    [Fact]
    public void TwelveAscentsStopDeeperThanFiftyMetres()
    {
        store.Service.Add(SampleDatasets.Profiles());

        Assert.Equal(12, store.Count("SELECT count(*) FROM ds_osb_profiles_jan2022 WHERE peak_depth > 50"));
        Assert.Equal(248, store.Count("SELECT count(*) FROM ds_osb_profiles_jan2022 WHERE rest_start_time > time"));
    }
}
