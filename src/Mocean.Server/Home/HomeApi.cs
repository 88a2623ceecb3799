using Mocean.Server.Protocol;

namespace Mocean.Server.Home;

/// <summary><c>/</c>: what runs here, and <c>/hello</c>: a liveness check a student can type.</summary>
public static class HomeApi
{
    public static WebApplication MapHome(this WebApplication app)
    {
        app.MapText("/hello", _ => Reply.Ok("hello! the Mocean server is up and listening.", new { Greeting = "hello! the Mocean server is up and listening." }))
            .WithSummary("A short greeting: the server is up")
            .WithTags("Home");
        app.MapGet("/", Home).WithSummary("The home page: what runs here").WithTags("Home");
        return app;
    }

    private static Task Home(HttpContext context)
    {
        var request = new TextRequest(context, GameQuery.From(context.Request));
        var text = HomeText(request.BaseUrl);
        var wantsHtml = context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        var mode = ReplyModes.Of(context.Request);
        return ReplyWriter.WriteAsync(context, Reply.Ok(text), mode == ReplyMode.Text && wantsHtml ? ReplyMode.Browser : mode);
    }

    internal static string HomeText(string baseUrl) => $$"""
        Mocean: a server for learning how programs talk over the internet.

        Steps, a chain of puzzles, one GET request at a time. Start here:
          {{baseUrl}}/steps?message=hello
          {{baseUrl}}/steps/progress   how far everyone has come
          {{baseUrl}}/duck             Duck and Wolf, the bonus puzzle

        Mocean, the ocean game for the clients you write:
          {{baseUrl}}/mocean           every route, its keys and its reply
          {{baseUrl}}/ocean/live       the ocean live, for the big screen
          {{baseUrl}}/teacher          the teacher's page (sign in with the admin key)

        Research data (real ocean sensor data, queried the way oceanographers do):
          {{baseUrl}}/api/profile?day=5&index=9
          {{baseUrl}}/tabledap/allDatasets.json
          {{baseUrl}}/erddap/tabledap/osb_ctd_jan2022.csvp?time,depth,temperature&time>=2022-01-05T00:00:00Z&time<2022-01-05T01:00:00Z

        Try it from Python:
          import requests
          print(requests.get('{{baseUrl}}/steps?message=What is your favorite color?').content.decode('utf-8'))

        Try it from C#, with the Mocean.Client package (built from src/Mocean.Client):
        {{CSharp(baseUrl)}}

        Every route, with a form to try it:
          {{baseUrl}}/api-docs
          {{baseUrl}}/openapi/v1.json

        Add client=browser to any route for a page with links, or format=json for JSON.
        """;

    /// <summary>The C# quick start: a top-level program over Mocean.Client, indented as the home page shows it.</summary>
    public static string CSharp(string baseUrl) => $$"""
          using Mocean.Client;

          using var mocean = new MoceanClient("{{baseUrl}}");
          var reply = await mocean.Steps.StepsAsync("What is your favorite color?");
          Console.WriteLine($"{reply.Text}  ({reply.Elapsed.TotalMilliseconds:0.0} ms)");
        """;
}
