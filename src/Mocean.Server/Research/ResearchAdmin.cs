using System.Globalization;
using System.Text;
using System.Text.Json;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Server.Admin;

namespace Mocean.Server.Research;

/// <summary>
/// Admin routes of the data service: <c>POST /admin/keys?label=&amp;rate=</c> (the key, shown once),
/// <c>DELETE /admin/keys/{label}</c>, and <c>POST /admin/datasets</c> with a descriptor (JSON body), which
/// the <c>data add</c> command sends to a running server since only the server writes the store.
/// </summary>
public static class ResearchAdmin
{
    public static WebApplication MapResearchAdmin(this WebApplication app)
    {
        var admin = app.MapAdminGroup();
        admin.MapPost("/keys", (HttpContext context, ApiKeys keys) =>
        {
            var label = context.Request.Query["label"].ToString().Trim();
            if (!DescriptorRules.IsIdentifier(label))
            {
                return Text(400, "send label=NAME (letters, digits, underscores) for the key");
            }

            var rateText = context.Request.Query["rate"].ToString();
            var rate = ApiKeys.DefaultRate;
            if (rateText.Length > 0 && (!int.TryParse(rateText, NumberStyles.None, CultureInfo.InvariantCulture, out rate) || rate < 1))
            {
                return Text(400, "rate must be a whole number of requests a second, at least 1");
            }

            return Text(200, keys.Issue(label, rate));
        }).WithSummary("Make an API key (label=NAME, rate=N requests a second); the reply shows it once");
        admin.MapDelete("/keys/{label}", (string label, ApiKeys keys) =>
            keys.Revoke(label) ? Text(200, $"key '{label}' revoked") : Text(404, $"there is no key labelled '{Protocol.GameQuery.Clip(label)}'"))
            .WithSummary("Revoke the API key of that label at once");
        admin.MapPost("/datasets", async (HttpContext context, DataService data) =>
        {
            DatasetDescriptor? descriptor;
            try
            {
                descriptor = await JsonSerializer.DeserializeAsync<DatasetDescriptor>(context.Request.Body, DataService.DescriptorJson, context.RequestAborted).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                return Text(400, "the body is not a data set descriptor: " + e.Message);
            }

            if (descriptor is null)
            {
                return Text(400, "send a data set descriptor as JSON in the body");
            }

            try
            {
                var report = await Task.Run(() => data.Add(descriptor), context.RequestAborted).ConfigureAwait(false);
                return Text(200, report.Details);
            }
            catch (Exception e) when (e is DatasetException or InvalidDataException or IOException)
            {
                return Text(400, e.Message);
            }
        }).WithSummary("Publish a data set from a descriptor (JSON body): what mocean-server data add sends a running server");
        return app;
    }

    private static IResult Text(int status, string text) => Results.Text(text + "\n", "text/plain; charset=utf-8", Encoding.UTF8, status);
}
