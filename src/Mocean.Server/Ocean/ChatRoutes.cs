using Mocean.Ocean.Commands;
using Mocean.Server.Protocol;
using static Mocean.Server.Ocean.PlayerRoutes;

namespace Mocean.Server.Ocean;

/// <summary>One-message chat inboxes: <c>sendchat</c> and <c>popchat</c>.</summary>
public static class ChatRoutes
{
    public static WebApplication MapChatRoutes(this WebApplication app)
    {
        app.MapText("/sendchat", SendAsync).WithTags("Ocean").WithSummary("Send a line to another player (their inbox holds one)")
            .WithQuery("id", "your id from join", required: true)
            .WithQuery("name", "the player to tell (who lists them)", required: true)
            .WithQuery("message", "1-200 characters", required: true);
        app.MapText("/popchat", PopAsync).WithTags("Ocean").WithSummary("Read the message waiting for you")
            .WithQuery("id", "your id from join", required: true);
        return app;
    }

    private static async Task<Reply> SendAsync(TextRequest request)
    {
        var to = request.Query.Required("name", "send name=PLAYER, the player to tell (who lists them)");
        var message = ClassicRoutes.IsOn(request) ? request.Query.Optional("message") ?? string.Empty : request.Query.Required("message", "send message=TEXT, 1-200 characters");
        var line = await AskAsync(request, id => new Player.SendChat(id, to, message)).ConfigureAwait(false);
        return ClassicRoutes.Said(request, line);
    }

    private static async Task<Reply> PopAsync(TextRequest request)
    {
        var line = await AskAsync(request, id => new Player.PopChat(id)).ConfigureAwait(false);
        return ClassicRoutes.Said(request, line) with { Linked = false };
    }
}
