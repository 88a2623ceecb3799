using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace Mocean.Server.Hosting;

/// <summary>What <see cref="HeavyWork.EnterAsync"/> gives: a turn to make the reply, or the refusal (status and line) to send.</summary>
public sealed record HeavyEntry(HeavyWork.Turn? Turn, int Status, string Line);

/// <summary>
/// The expensive replies (a <c>.png</c> chart, a <c>.parquet</c> file, a sea floor not drawn before) run here, apart
/// from the game: at most <c>--heavy-workers</c> at once, at most <c>--heavy-queue</c> more waiting for a turn, and
/// each client address with at most <c>--heavy-per-address</c> in the making, waiting or being sent. Over the queue,
/// or when the files made and not yet taken by their readers pass <see cref="SendingBudget"/>: 503 with
/// <c>Retry-After</c>; over an address's share: 429. The game's own routes never wait here, so one student looping
/// over charts slows only the charts.
/// </summary>
public sealed class HeavyWork(IOptions<HeavyWorkOptions> options)
{
    /// <summary>The seconds a refused request is told to wait.</summary>
    public const int RetryAfterSeconds = 2;

    /// <summary>Bytes of made files waiting for slow readers, above which new charts and files are refused.</summary>
    public const long SendingBudget = 256L * 1024 * 1024;

    private readonly SemaphoreSlim workers = new(Math.Max(1, options.Value.HeavyWorkers));
    private readonly AddressCounts perAddress = new();
    private int inLine;
    private long sendingBytes;

    /// <summary>Bytes of made files now being sent.</summary>
    public long SendingBytes => Interlocked.Read(ref sendingBytes);

    /// <summary>Waits for a turn, or says why there is none; the caller sets no header (Retry-After is set here).</summary>
    public async Task<HeavyEntry> EnterAsync(HttpContext context, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = ClientAddress.Of(context);
        var share = Math.Max(1, options.Value.HeavyPerAddress);
        if (!perAddress.TryEnter(address, share))
        {
            return Refuse(context, StatusCodes.Status429TooManyRequests, string.Create(CultureInfo.InvariantCulture,
                $"your address already has {share} charts or files in the making; wait for them, then ask again"));
        }

        var room = options.Value.HeavyQueue + Math.Max(1, options.Value.HeavyWorkers);
        if (Interlocked.Increment(ref inLine) > room || SendingBytes > SendingBudget)
        {
            Interlocked.Decrement(ref inLine);
            Leave(address);
            return Refuse(context, StatusCodes.Status503ServiceUnavailable, string.Create(CultureInfo.InvariantCulture,
                $"the server is busy making charts and files for others: try again in {RetryAfterSeconds} seconds (the game is not affected)"));
        }

        try
        {
            await workers.WaitAsync(cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref inLine);
            Leave(address);
            throw;
        }

        return new HeavyEntry(new Turn(this, address), StatusCodes.Status200OK, string.Empty);
    }

    private void Leave(IPAddress address) => perAddress.Leave(address);

    private static HeavyEntry Refuse(HttpContext context, int status, string line)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return new HeavyEntry(null, status, line);
    }

    /// <summary>
    /// One reply's turn: the worker is given back once the reply is made (<see cref="Made"/>), the address's share
    /// and the bytes waiting for the reader when it is disposed.
    /// </summary>
    public sealed class Turn(HeavyWork work, IPAddress address) : IDisposable
    {
        private int working = 1;
        private int done;
        private long bytes;

        /// <summary>The reply is made (<paramref name="size"/> bytes wait for the reader): the next one may start.</summary>
        public void Made(long size)
        {
            bytes = size;
            Interlocked.Add(ref work.sendingBytes, size);
            Release();
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                Release();
                Interlocked.Add(ref work.sendingBytes, -bytes);
                work.Leave(address);
            }
        }

        private void Release()
        {
            if (Interlocked.Exchange(ref working, 0) == 1)
            {
                work.workers.Release();
                Interlocked.Decrement(ref work.inLine);
            }
        }
    }
}
