using Mocean.Server.Admin;
using Mocean.Server.Home;
using Mocean.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMoceanConfiguration(args);
builder.Services.AddApiDocs();
builder.Services.AddAdmin();

var app = builder.Build();
app.UseMoceanPipeline();
app.MapHome();
app.MapApiDocs();
app.MapUnknownRoutes();
app.Run();

/// <summary>The server's entry point (public so the test host can start it).</summary>
public partial class Program;
