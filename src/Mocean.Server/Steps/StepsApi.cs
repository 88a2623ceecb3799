using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Operations.Settings;
using Mocean.Server.Admin;
using Mocean.Server.Protocol;
using Mocean.Steps.Book;

namespace Mocean.Server.Steps;

/// <summary>
/// The Steps service: the puzzle chain (one route per puzzle of the puzzle file), <c>/exchange</c>,
/// <c>/steps/progress</c>, Duck and Wolf (<c>/duck</c>, <c>/duck/leaderboard</c>) and the teacher's
/// <c>POST /admin/steps/clear</c>. Handlers parse, call the engine, and format.
/// </summary>
public static class StepsApi
{
    public static IServiceCollection AddSteps(this IServiceCollection services)
    {
        services.AddSettings<StepsOptions>();
        services.TryAddSingleton(MoceanClock.Real);
        services.AddSingleton(provider => PuzzleBook.Load(PuzzleFileOf(provider)));
        services.AddSingleton<StepsStore>(provider => provider.GetRequiredService<IOptions<StoreOptions>>().Value.Clustered
            ? ActivatorUtilities.CreateInstance<PostgresStepsStore>(provider)
            : ActivatorUtilities.CreateInstance<SqliteStepsStore>(provider));
        services.AddSingleton<StepsNames>();
        return services;
    }

    public static WebApplication MapSteps(this WebApplication app)
    {
        var book = app.Services.GetRequiredService<PuzzleBook>();
        var file = PuzzleFileOf(app.Services);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(StepsLog.Category);
        var store = app.Services.GetRequiredService<StepsStore>();

        foreach (var puzzle in book.Puzzles)
        {
            var route = app.MapText("/" + puzzle.Route, request => PuzzleRoutes.Play(request, book, puzzle, store, logger))
                .WithSummary($"Steps puzzle {book.Position(puzzle.Route)} of {book.Puzzles.Length}")
                .WithTags("Steps")
                .WithMetadata(new RouteFromData(puzzle.Route, taken => RouteTaken(file, puzzle.Route, taken)));
            if (puzzle.Key is { } key)
            {
                route.WithQuery(key, "your answer (leave it out to see the puzzle)");
            }

            route.WithQuery("name", "your player name, to be counted on /steps/progress (optional)");
        }

        app.MapText("/exchange", request => PuzzleRoutes.Exchange(request, logger))
            .WithSummary("Answers task + 37: the simplest 'a server computes for me'")
            .WithTags("Steps")
            .WithQuery("task", "a whole number", required: true)
            .WithQuery("name", "your player name (optional)");
        app.MapText("/steps/progress", request => ProgressRoute.Show(request, book, store))
            .WithSummary("How far every named player has come in the Steps chain")
            .WithTags("Steps")
            .WithMetadata(new UnderRouteFromData())
            .WithQuery("name", "show only this player (optional)")
            .WithQuery("page", $"page N of the table, {ProgressRoute.PageSize} players a page (optional)");
        app.MapText("/duck", request => DuckRoutes.Play(request, store, logger))
            .WithSummary("Duck and Wolf: swim to the shore where the wolf is not")
            .WithTags("Steps")
            .WithQuery("location", "stateless form: r,a,b (duck radius 0..50, duck angle, wolf angle, degrees)")
            .WithQuery("destination", "rd,ad: where the duck swims in a straight line (leave out to sit still one second)")
            .WithQuery("name", "play the game the server keeps for this name (one move per request, counted)")
            .WithQuery("reset", "1 to start the named game over");
        app.MapText("/duck/leaderboard", request => DuckRoutes.Leaderboard(request, store))
            .WithSummary("Duck and Wolf escapes, fewest moves first")
            .WithTags("Steps")
            .WithQuery("name", "your player name (optional)");
        app.MapAdminGroup().MapPost("/steps/clear", (StepsStore steps) =>
        {
            steps.ClearAll();
            return Results.Text("cleared: all Steps progress, Duck games and the Duck leaderboard\n", "text/plain; charset=utf-8");
        }).WithSummary("Forgets all Steps progress and the Duck leaderboard");
        return app;
    }

    private static string PuzzleFileOf(IServiceProvider services)
    {
        var file = services.GetRequiredService<IOptions<StepsOptions>>().Value.Puzzles;
        return string.IsNullOrWhiteSpace(file) ? PuzzleBook.ShippedFile : Path.GetFullPath(file);
    }

    /// <summary>The refusal of a puzzle whose route the server's own routes use (found at start, from the routes mapped).</summary>
    private static string RouteTaken(string file, string route, IReadOnlyCollection<string> taken) =>
        $"puzzle file {file}: puzzle '{route}': field 'route': '{route}' is a route of the server itself; give the puzzle another route (the server's own: {string.Join(", ", taken)})";

    /// <summary>
    /// Loads the puzzle file before the routes are mapped: false (and one line naming file, puzzle and field on
    /// standard error) when it cannot be played, so that <c>Program</c> stops the server with exit code 1.
    /// </summary>
    public static bool LoadPuzzles(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            app.Services.GetRequiredService<PuzzleBook>();
            return true;
        }
        catch (PuzzleFileException problem)
        {
            Console.Error.WriteLine($"mocean-server: cannot start: {problem.Message}");
            return false;
        }
    }
}
