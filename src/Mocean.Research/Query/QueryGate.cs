namespace Mocean.Research.Query;

/// <summary>
/// Where the store's blocking work runs. The embedded database answers synchronously, so a query's count, its start and
/// each chunk of its rows run on a worker thread, at most <see cref="Workers"/> at once; the requests beyond wait for a
/// turn without holding a thread, so a flood of heavy queries cannot take every thread the server answers with.
/// </summary>
public sealed class QueryGate(int workers) : IDisposable
{
    private readonly SemaphoreSlim turns = new(workers, workers);

    /// <summary>Four a core (at least four): the database runs each query on its own threads too.</summary>
    public static int DefaultWorkers => Math.Max(4, 4 * Environment.ProcessorCount);

    public int Workers { get; } = workers;

    /// <summary>Runs <paramref name="work"/> on a worker thread when a turn is free; <paramref name="cancel"/> ends the wait.</summary>
    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancel)
    {
        await turns.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            return await Task.Run(work, cancel).ConfigureAwait(false);
        }
        finally
        {
            turns.Release();
        }
    }

    public void Dispose() => turns.Dispose();
}
