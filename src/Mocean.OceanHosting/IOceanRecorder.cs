using Mocean.Ocean.Recording;

namespace Mocean.OceanHosting;

/// <summary>
/// Where an ocean's grain hands what its engine recorded (the server's game record, which publishes it as data sets),
/// and whether and how often it records at all.
/// </summary>
public interface IOceanRecorder
{
    /// <summary>False when no record is kept: the oceans then record nothing.</summary>
    bool Recording { get; }

    /// <summary>Time between two samples of a moving player's track.</summary>
    TimeSpan TrackPeriod { get; }

    /// <summary>Takes what an ocean recorded since its last hand-over, with the ocean's seed.</summary>
    void Take(string ocean, ulong seed, RecordBatch batch);
}
