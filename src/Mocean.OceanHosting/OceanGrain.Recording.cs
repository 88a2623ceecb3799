namespace Mocean.OceanHosting;

/// <summary>
/// The ocean's record: what the engine recorded is handed to the <see cref="IOceanRecorder"/> (the server's game record) every <see cref="HandOverPeriod"/>
/// (so a kill loses at most about half a second of it), and moving players are sampled once a track period (a second by
/// default) on those ticks. While anyone moves, the ocean stays active (<see cref="StayWhileMoving"/>): its samples go on
/// even when nobody asks anything of it, whatever the runtime's idle collection age.
/// </summary>
public sealed partial class OceanGrain
{
    /// <summary>The longest an event waits in the engine before it is handed over to be written.</summary>
    public static readonly TimeSpan HandOverPeriod = TimeSpan.FromMilliseconds(250);

    /// <summary>How long after a sample with someone moving the ocean's grain is kept from idle collection.</summary>
    public static readonly TimeSpan StayWhileMoving = TimeSpan.FromMinutes(1);

    private int recordTicks;

    private IEnumerable<IGrainTimer> StartRecording()
    {
        if (!recorder.Recording)
        {
            yield break;
        }

        var period = recorder.TrackPeriod;
        var tick = period < HandOverPeriod ? period : HandOverPeriod;
        var ticksPerSample = Math.Max(1, (int)Math.Round(period / tick));
        yield return this.RegisterGrainTimer(() =>
        {
            if (TakeRecord(sample: recordTicks++ % ticksPerSample == 0))
            {
                DelayDeactivation(StayWhileMoving);
            }

            return Task.CompletedTask;
        }, new GrainTimerCreationOptions(tick, tick) { Interleave = true, KeepAlive = false });
    }

    /// <summary>
    /// Hands over everything recorded since the last time, first sampling the moving players when <paramref name="sample"/>;
    /// true when someone moved since their last sample.
    /// </summary>
    private bool TakeRecord(bool sample = true)
    {
        if (!recorder.Recording)
        {
            return false;
        }

        var (batch, seed) = cell.Read(sea =>
        {
            if (sample)
            {
                sea.SampleTracks();
            }

            return (sea.TakeRecord(), sea.Seed);
        });
        recorder.Take(Key, seed, batch);
        return batch.Tracks.Count > 0;
    }
}
