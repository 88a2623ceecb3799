using Orleans.Storage;

namespace Mocean.OceanHosting;

/// <summary>
/// Write-behind persistence for a grain whose state changes on many requests. The grain either keeps its
/// state as an immutable value and reports each new value with <c>Changed(state)</c>, or keeps a mutable
/// object, calls <c>Changed()</c> and gives a <c>capture</c> function that takes an immutable copy at
/// write time (on the grain's thread). Neither does I/O, so requests never wait;
/// a grain timer writes the latest value about once a second when something changed, interleaved with
/// requests; <see cref="FlushAsync"/> on deactivation writes the final value. A failed write is logged and
/// tried again on the next tick.
/// </summary>
/// <typeparam name="TState">An immutable state that round-trips through System.Text.Json, or <c>byte[]</c> of JSON.</typeparam>
public sealed partial class WriteBehind<TState>
    where TState : class
{
    /// <summary>How often the timer writes a changed state.</summary>
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromSeconds(1);

    private readonly IStateRows<TState> rows;
    private readonly string stateName;
    private readonly GrainId grainId;
    private readonly ILogger logger;
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly Func<TState>? capture;
    private TState? latest;
    private long changes;
    private long written;
    private int failures;
    private IGrainBase? owner;

    public WriteBehind(IGrainStorage storage, string stateName, GrainId grainId, ILogger logger, Func<TState>? capture = null)
        : this(new OneRow<TState>(storage, stateName, grainId), stateName, grainId, logger, capture)
    {
    }

    /// <summary>A state kept in <paramref name="rows"/> (<paramref name="stateName"/> names it in logs).</summary>
    public WriteBehind(IStateRows<TState> rows, string stateName, GrainId grainId, ILogger logger, Func<TState>? capture = null)
    {
        this.capture = capture;
        this.rows = rows;
        this.stateName = stateName;
        this.grainId = grainId;
        this.logger = logger;
    }

    /// <summary>True while a change has not reached the file yet.</summary>
    public bool Dirty => Interlocked.Read(ref changes) != Interlocked.Read(ref written);

    /// <summary>How many writes reached the file (for logs and tests of the pattern).</summary>
    public long Writes { get; private set; }

    /// <summary>Reads the stored state; null when there is none yet. Call once, in <c>OnActivateAsync</c>.</summary>
    public async Task<TState?> LoadAsync()
    {
        latest = await rows.LoadAsync().ConfigureAwait(true);
        return latest;
    }

    /// <summary>Records the grain's new state; it reaches the file with the next tick.</summary>
    public void Changed(TState state)
    {
        latest = state;
        Interlocked.Increment(ref changes);
    }

    /// <summary>Records that the grain's state changed; <c>capture</c> takes it with the next tick.</summary>
    public void Changed()
    {
        if (capture is null)
        {
            throw new InvalidOperationException("Changed() without a state needs the capture function given to the constructor");
        }

        Interlocked.Increment(ref changes);
    }

    /// <summary>
    /// Starts the timer on the grain (interleaving, so requests run while a write is under way).
    /// Dispose the returned timer, or let deactivation do it.
    /// </summary>
    public IGrainTimer Start(IGrainBase grain, TimeSpan? period = null)
    {
        owner = grain;
        var every = period ?? DefaultPeriod;
        return grain.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(every, every) { Interleave = true, KeepAlive = false });
    }

    /// <summary>Writes the latest state if it changed since the last write. Throws if the write fails.</summary>
    public async Task FlushAsync()
    {
        await writing.WaitAsync().ConfigureAwait(true);
        try
        {
            var upTo = Interlocked.Read(ref changes);
            var state = upTo == Interlocked.Read(ref written) ? null : capture is null ? latest : capture();
            if (state is null)
            {
                return;
            }

            await rows.WriteAsync(state).ConfigureAwait(true);
            Interlocked.Exchange(ref written, upTo);
            Writes++;
        }
        finally
        {
            writing.Release();
        }
    }

    private async Task TickAsync(CancellationToken cancellation)
    {
        try
        {
            await FlushAsync().ConfigureAwait(true);
            if (failures > 0)
            {
                LogWriteRecovered(logger, stateName, grainId.ToString(), failures);
                failures = 0;
            }
        }
        catch (InconsistentStateException conflict)
        {
            // Someone else wrote this grain's state: this activation is stale. Going away makes the next
            // call load the stored state afresh instead of fighting over it every second.
            LogConflict(logger, stateName, grainId.ToString(), conflict);
            owner?.GrainContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, conflict.Message));
        }
        catch (Exception failure) when (failure is IOException or System.Data.Common.DbException or TimeoutException)
        {
            // A full or failing disk, or the cluster's store out of reach: keep the state in memory and try again each tick; log the first failure and every minute's.
            if (failures++ % 60 == 0)
            {
                LogWriteFailed(logger, stateName, grainId.ToString(), failures, failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing state {StateName} of {Grain} failed ({Failures} times so far); trying again each tick")]
    private static partial void LogWriteFailed(ILogger logger, string stateName, string grain, int failures, Exception failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Writing state {StateName} of {Grain} works again after {Failures} failures")]
    private static partial void LogWriteRecovered(ILogger logger, string stateName, string grain, int failures);

    [LoggerMessage(Level = LogLevel.Error, Message = "State {StateName} of {Grain} was written elsewhere; deactivating to load it afresh")]
    private static partial void LogConflict(ILogger logger, string stateName, string grain, Exception conflict);
}
