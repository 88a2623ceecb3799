using DuckDB.NET.Data;

namespace Mocean.Research.Store;

/// <summary>
/// Stops a command's query when <c>cancel</c> fires, and keeps stopping it every few milliseconds until the
/// query is over (disposed): DuckDB forgets an interrupt that arrives before its query starts (it clears the
/// flag as a query begins), so one interrupt at the wrong moment would let the query run to its end.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private static readonly TimeSpan Again = TimeSpan.FromMilliseconds(20);
    private readonly Lock gate = new();
    private readonly DuckDBCommand command;
    private readonly CancellationTokenRegistration registration;
    private ITimer? timer;
    private bool over;

    public Interruption(DuckDBCommand command, CancellationToken cancel)
    {
        this.command = command;
        registration = cancel.Register(Start);
    }

    public void Dispose()
    {
        lock (gate)
        {
            over = true;
            timer?.Dispose();
        }

        registration.Dispose();
    }

    private void Start()
    {
        lock (gate)
        {
            if (over)
            {
                return;
            }

            Interrupt();
            timer = TimeProvider.System.CreateTimer(_ => Tick(), null, Again, Again);
        }
    }

    private void Tick()
    {
        lock (gate)
        {
            if (!over)
            {
                Interrupt();
            }
        }
    }

    private void Interrupt()
    {
        try
        {
            command.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The query ended as it was stopped.
        }
        catch (InvalidOperationException)
        {
            // Its connection closed as it was stopped.
        }
    }
}
