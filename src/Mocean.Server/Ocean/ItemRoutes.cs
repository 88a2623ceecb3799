using System.Text;
using Mocean.Ocean.Commands;
using Mocean.Server.Protocol;
using static Mocean.Server.Ocean.PlayerRoutes;

namespace Mocean.Server.Ocean;

/// <summary>What a player sees, takes and holds: <c>look</c>, <c>get</c>, <c>inventory</c>, <c>use</c>, <c>whalename</c>, <c>seamountname</c>.</summary>
public static class ItemRoutes
{
    private const string IdHelp = "your id from join";

    public static WebApplication MapItemRoutes(this WebApplication app)
    {
        app.MapText("/look", LookAsync).WithTags("Ocean").WithSummary("Everything within sight: kind,x,y,z, repeated")
            .WithQuery("id", IdHelp, required: true);
        app.MapText("/get", GetAsync).WithTags("Ocean").WithSummary("Take the nearest treasure, or ride the nearest whale, in reach")
            .WithQuery("id", IdHelp, required: true).WithQuery("item", "treasure or whale", required: true);
        app.MapText("/inventory", InventoryAsync).WithTags("Ocean").WithSummary("What you hold, separated by commas")
            .WithQuery("id", IdHelp, required: true);
        app.MapText("/use", UseAsync).WithTags("Ocean").WithSummary("Use an item you hold (whale: get off)")
            .WithQuery("id", IdHelp, required: true).WithQuery("item", "an item's name as inventory shows it", required: true);
        app.MapText("/whalename", WhaleNameAsync).WithTags("Ocean").WithSummary("The name of the whale you ride")
            .WithQuery("id", IdHelp, required: true);
        app.MapText("/seamountname", SeamountNameAsync).WithTags("Ocean").WithSummary("The nearest seamount's name")
            .WithQuery("id", IdHelp, required: true);
        app.MapText("/treasurename", TreasureNameAsync).WithTags("Ocean").WithSummary("The treasures you hold: treasures held by NAME: a b ")
            .WithQuery("id", IdHelp, required: true);
        return app;
    }

    private static async Task<Reply> LookAsync(TextRequest request)
    {
        var seen = await AskAsync(request, id => new Player.Look(id)).ConfigureAwait(false);
        var text = new StringBuilder();
        var things = seen.Select(s => new Seen(s.Kind.ToString().ToLowerInvariant(), s.Name, s.X, s.Y, s.Z)).ToArray();
        foreach (var s in things)
        {
            text.Append(s.Kind).Append(',').Append(WireNumbers.Numbers(s.X, s.Y, s.Z)).Append(',');
        }

        return Reply.Ok(text.ToString(), new { Things = things });
    }

    private static async Task<Reply> GetAsync(TextRequest request)
    {
        var classic = ClassicRoutes.IsOn(request);
        var item = classic ? request.Query.Optional("item") ?? string.Empty : request.Query.Required("item", "send item=treasure or item=whale");
        var line = await AskAsync(request, id => new Player.Get(id, item, HungerFirst: classic)).ConfigureAwait(false);
        return ClassicRoutes.Said(request, line);
    }

    private static async Task<Reply> InventoryAsync(TextRequest request)
    {
        var items = await AskAsync(request, id => new Player.Inventory(id)).ConfigureAwait(false);
        if (ClassicRoutes.IsOn(request))
        {
            var whale = await AskAsync(request, id => new Player.WhaleName(id)).ConfigureAwait(false);
            return Reply.Ok(ClassicLines.Inventory(items, whale.Done ? whale.Text : null), new { Items = items });
        }

        return Reply.Ok(string.Join(',', items), new { Items = items });
    }

    private static async Task<Reply> UseAsync(TextRequest request)
    {
        var item = ClassicRoutes.IsOn(request) ? request.Query.Optional("item") ?? string.Empty : request.Query.Required("item", "send item=NAME of something inventory lists (or item=whale to get off)");
        var line = await AskAsync(request, id => new Player.Use(id, item)).ConfigureAwait(false);
        return ClassicRoutes.Said(request, line);
    }

    private static async Task<Reply> WhaleNameAsync(TextRequest request)
    {
        var line = await AskAsync(request, id => new Player.WhaleName(id)).ConfigureAwait(false);
        return ClassicRoutes.Said(request, line);
    }

    private static async Task<Reply> SeamountNameAsync(TextRequest request)
    {
        var name = await AskAsync(request, id => new Player.SeamountName(id)).ConfigureAwait(false);
        return Reply.Ok(ClassicRoutes.IsOn(request) ? ClassicLines.Seamount(name) : name, new { Seamount = name });
    }

    /// <summary><c>treasurename</c> as the original answered it (of the asking player only, who sends their own id).</summary>
    private static async Task<Reply> TreasureNameAsync(TextRequest request)
    {
        var name = await AskAsync(request, id => new Player.Name(id)).ConfigureAwait(false);
        var items = await AskAsync(request, id => new Player.Inventory(id)).ConfigureAwait(false);
        var treasures = items.Where(ClassicLines.IsTreasure).ToArray();
        return Reply.Ok(ClassicLines.Treasures(name, treasures), new { Name = name, Treasures = treasures });
    }

    /// <summary>One thing in sight as <c>format=json</c> shows it: kind in lower case (whale, treasure, player).</summary>
    private sealed record Seen(string Kind, string Name, double X, double Y, double Z);
}
