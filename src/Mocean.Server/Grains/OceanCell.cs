using Mocean.Grains;
using Sea = Mocean.Ocean.Ocean;

namespace Mocean.Server.Grains;

/// <summary>
/// One ocean's engine as its grain holds it, shared with the request handlers of the same process.
/// The engine is single-threaded, so every call into it, the grain's own and a handler's, runs under the
/// cell's lock, one at a time. A handler in the process where the ocean's grain is active calls the engine
/// here directly (no grain message, no scheduler hop: this is what keeps <c>location</c> fast under a
/// class's load); anywhere else (another silo of a cluster, or while the grain is not active) it calls the
/// grain, which runs the same command through this cell. The grain closes its cell when it deactivates;
/// a closed cell refuses handlers, which then call the grain and so activate it afresh from storage.
/// </summary>
public sealed class OceanCell(Sea sea, Action changed)
{
    private readonly Lock gate = new();
    private bool closed;

    /// <summary>
    /// Runs a command that may change the ocean (every command with an id moves its player and counts as an
    /// access) and marks the state changed when the command did not fail. False when the cell is closed.
    /// </summary>
    public bool TryChange<T>(Func<Sea, OceanResult<T>> command, out OceanResult<T> result) =>
        Run(command, evenIfClosed: false, out result);

    /// <summary>The grain's way in: the same as <see cref="TryChange{T}"/>, whether or not the cell is closed.</summary>
    public OceanResult<T> Change<T>(Func<Sea, OceanResult<T>> command)
    {
        Run(command, evenIfClosed: true, out var result);
        return result;
    }

    /// <summary>Runs a command the grain makes (a teacher's, the idle sweep's) and marks the state changed.</summary>
    public T Do<T>(Func<Sea, T> command)
    {
        var value = Read(command);
        changed();
        return value;
    }

    /// <summary>Reads the ocean without counting as anyone's access (the live map, the snapshot to store).</summary>
    public T Read<T>(Func<Sea, T> query)
    {
        Locked(query, evenIfClosed: true, out var value);
        return value;
    }

    /// <summary>Reads the ocean unless the cell is closed.</summary>
    public bool TryRead<T>(Func<Sea, T> query, out T value) => Locked(query, evenIfClosed: false, out value);

    private bool Run<T>(Func<Sea, OceanResult<T>> command, bool evenIfClosed, out OceanResult<T> result)
    {
        if (!Locked(command, evenIfClosed, out result))
        {
            return false;
        }

        if (result.Fault is null)
        {
            changed();
        }

        return true;
    }

    private bool Locked<T>(Func<Sea, T> query, bool evenIfClosed, out T value)
    {
        lock (gate)
        {
            if (closed && !evenIfClosed)
            {
                value = default!;
                return false;
            }

            value = query(sea);
            return true;
        }
    }

    /// <summary>From now on handlers go through the grain (it is deactivating).</summary>
    public void Close()
    {
        lock (gate)
        {
            closed = true;
        }
    }
}
