using Mocean.Server.Admin;
using Mocean.Server.Grains;
using Mocean.Server.Home;
using Mocean.Server.Hosting;
using Mocean.Server.Live;
using Mocean.Server.Ocean;
using Mocean.Server.Steps;

var builder = WebApplication.CreateBuilder(args);
builder.AddMoceanConfiguration(args);
builder.Services.AddApiDocs();
builder.Services.AddAdmin();
builder.Services.AddSteps();
builder.AddMoceanSilo();
builder.Services.AddPlayerRoutes();
builder.Services.AddLive();

var app = builder.Build();
app.UseMoceanPipeline();
app.MapHome();
app.MapSteps();
app.MapApiDocs();
app.MapPlayerRoutes();
app.MapPlayerAdmin();
app.MapLive();
app.MapUnknownRoutes();
app.Run();

/// <summary>The server's entry point (public so the test host can start it).</summary>
public partial class Program;
