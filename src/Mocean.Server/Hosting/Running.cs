using Microsoft.AspNetCore.Connections;

namespace Mocean.Server.Hosting;

/// <summary>Runs the server until it is stopped, turning a port already in use into one line instead of a stack trace.</summary>
public static class Running
{
    public static async Task<int> RunMoceanAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (IOException failure) when (failure.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync(
                $"mocean-server could not start: {failure.Message} Another program (perhaps another mocean-server) uses that port; stop it, or choose another with --urls http://0.0.0.0:PORT")
                .ConfigureAwait(false);
            return 1;
        }
    }
}
