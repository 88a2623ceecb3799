using System.CommandLine;
using System.CommandLine.Parsing;
using Mocean.Client;

namespace Mocean.Cli.Commands;

/// <summary>What every command shares: <c>--server</c>, the exit codes, and one clear line when the server is down or says no.</summary>
public static class Shared
{
    public const int Done = 0;
    public const int Refused = 1;
    public const int Unreachable = 2;

    public static readonly Option<string> ServerOption = new("--server", "-s")
    {
        Description = "The server's address, like http://localhost:8080 or http://192.168.1.20:8080",
        DefaultValueFactory = _ => MoceanClient.DefaultServer,
        Recursive = true,
        HelpName = "URL",
    };

    /// <summary>Runs a command's body with a client of <c>--server</c>; turns a refusal or a missing server into one line on stderr and an exit code.</summary>
    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancel, Func<MoceanClient, Task<int>> body)
    {
        MoceanClient client;
        try
        {
            client = new MoceanClient(parse.GetValue(ServerOption) ?? MoceanClient.DefaultServer);
        }
        catch (ArgumentException problem)
        {
            return Fail(Refused, problem.Message.Split(" (Parameter", 2)[0]);
        }

        using (client)
        {
            try
            {
                return await body(client);
            }
            catch (MoceanException problem)
            {
                return Failure(problem, client.Server);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                return Refused;
            }
        }
    }

    /// <summary>Reads a whole number argument, or says in words what is wanted instead.</summary>
    public static Func<ArgumentResult, int> WholeNumber(string what) => result =>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        result.AddError($"{what} must be a whole number, not '{text}'");
        return 0;
    };

    /// <summary>
    /// Prints the one line for a failed call (naming the full address requested) and returns its exit code. A
    /// <c>--server</c> address with a path is kept in front of every route (a server behind a proxy under a path
    /// works); when such an address meets a 404 the line says how to give the server's address alone.
    /// </summary>
    public static int Failure(MoceanException problem, Uri? server = null)
    {
        if (problem.IsUnreachable)
        {
            return Fail(Unreachable, $"{problem.ServerLine}. Is the server running? Start it, or give its address with --server URL.");
        }

        var line = $"the server said no ({problem.Status} from {problem.Url?.ToString() ?? problem.Route}): {problem.ServerLine}";
        if (problem.Status == 404 && server is { AbsolutePath: not "/" })
        {
            line += $" (the --server address has the path {server.AbsolutePath.TrimEnd('/')}, which goes before every route: give the server's address alone, like {server.GetLeftPart(UriPartial.Authority)})";
        }

        return Fail(Refused, line);
    }

    public static int Fail(int code, string line)
    {
        Console.Error.WriteLine("mocean: " + line);
        return code;
    }

    public static string Milliseconds(TimeSpan elapsed) =>
        elapsed.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
