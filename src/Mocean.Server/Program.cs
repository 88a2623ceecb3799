using Mocean.Server.Admin;
using Mocean.Server.Grains;
using Mocean.Server.Home;
using Mocean.Server.Hosting;
using Mocean.Server.Live;
using Mocean.Server.Ocean;
using Mocean.Server.Research;
using Mocean.Server.Steps;

if (args is ["data", ..])
{
    Environment.ExitCode = await DataCommand.RunAsync(args[1..]);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddMoceanConfiguration(args);
builder.Services.AddApiDocs();
builder.Services.AddAdmin();
builder.Services.AddSteps();
builder.AddMoceanSilo();
builder.Services.AddPlayerRoutes();
builder.Services.AddLive();
builder.Services.AddResearch();

var app = builder.Build();
app.UseMoceanPipeline();
app.MapHome();
app.MapSteps();
app.MapResearch();
app.MapApiDocs();
app.MapPlayerRoutes();
app.MapPlayerAdmin();
app.MapLive();
app.MapUnknownRoutes();
app.Run();

/// <summary>The server's entry point (public so the test host can start it).</summary>
public partial class Program;
