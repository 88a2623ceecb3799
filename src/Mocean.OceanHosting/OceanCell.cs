using Mocean.Ocean;
using Mocean.Ocean.Commands;

namespace Mocean.OceanHosting;

/// <summary>
/// One ocean's engine as its grain holds it, shared with the request handlers of the same process.
/// The engine is single-threaded, so every call into it, the grain's own and a handler's, runs under the
/// cell's lock, one at a time. A handler in the process where the ocean's grain is active executes its
/// command here directly (no grain message, no scheduler hop: this is what keeps <c>location</c> fast under a
/// class's load); anywhere else (another silo of a cluster, or while the grain is not active) it sends the
/// command to the grain, which executes it through this cell. The grain closes its cell when it deactivates;
/// a closed cell refuses handlers, which then call the grain and so activate it afresh from storage.
/// <para>
/// In a cluster (<c>--cluster</c>) the direct path stays, decided so: it runs the same engine the grain runs, under the
/// same lock, in the one process where the grain is active, so a command through it is the command through the grain
/// minus a message; every other server's handlers find no cell (the locator holds only this process's cells) and call
/// the grain. It needs only that an ocean is active in one place at a time, which Orleans' placement gives (the grain
/// directory registers one activation per grain; a second one, possible for a moment while membership changes, has its
/// stale state refused by the store's version check, and <c>WriteBehind</c> then deactivates it so it loads afresh).
/// Measured by the cluster tests with two servers: the same replies from both, and concurrent joins and quits through
/// both lose nothing and count nothing twice (<c>ClusterPlayTests</c>).
/// </para>
/// </summary>
/// <param name="sea">The engine.</param>
/// <param name="executed">
/// Called under the lock after each command that changed the ocean and was not refused: the grain keeps what
/// the engine does not (join times) and marks its state changed.
/// </param>
public sealed class OceanCell(OceanGame sea, Action<GameCommand> executed)
{
    private readonly Lock gate = new();
    private bool closed;

    /// <summary>Executes a command unless the cell is closed (then false: send it to the grain).</summary>
    public bool TryExecute<T>(GameCommand<T> command, out Outcome<T> outcome) => Run(command, evenIfClosed: false, out outcome);

    /// <summary>The grain's way in: the same as <see cref="TryExecute{T}"/>, whether or not the cell is closed.</summary>
    public Outcome<T> Execute<T>(GameCommand<T> command)
    {
        Run(command, evenIfClosed: true, out var outcome);
        return outcome;
    }

    /// <summary>Reads the ocean without counting as anyone's access (the live map, the snapshot to store).</summary>
    public T Read<T>(Func<OceanGame, T> query)
    {
        lock (gate)
        {
            return query(sea);
        }
    }

    /// <summary>Reads the ocean unless the cell is closed.</summary>
    public bool TryRead<T>(Func<OceanGame, T> query, out T value)
    {
        lock (gate)
        {
            value = closed ? default! : query(sea);
            return !closed;
        }
    }

    private bool Run<T>(GameCommand<T> command, bool evenIfClosed, out Outcome<T> outcome)
    {
        lock (gate)
        {
            if (closed && !evenIfClosed)
            {
                outcome = null!;
                return false;
            }

            outcome = sea.Execute(command);
            if (outcome.Refusal is null && command.Changes)
            {
                executed(command);
            }

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
