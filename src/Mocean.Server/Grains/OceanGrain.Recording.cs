namespace Mocean.Server.Grains;

/// <summary>The ocean's record: sampled and handed to the <c>GameRecorder</c> once a track period (a second by default).</summary>
public sealed partial class OceanGrain
{
    private IEnumerable<IGrainTimer> StartRecording()
    {
        if (!recording.Value.Recording)
        {
            yield break;
        }

        var period = recording.Value.TrackPeriod;
        yield return this.RegisterGrainTimer(() =>
        {
            TakeRecord();
            return Task.CompletedTask;
        }, new GrainTimerCreationOptions(period, period) { Interleave = true, KeepAlive = false });
    }

    /// <summary>Samples the moving players and hands over everything recorded since the last time.</summary>
    private void TakeRecord()
    {
        if (!recording.Value.Recording)
        {
            return;
        }

        var (batch, seed) = cell.Read(sea =>
        {
            sea.SampleTracks();
            return (sea.TakeRecord(), sea.Seed);
        });
        recorder.Take(Key, seed, batch);
    }
}
