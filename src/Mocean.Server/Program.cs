using Mocean.OceanHosting;
using Mocean.Operations;
using Mocean.Server;
using Mocean.Server.Admin;
using Mocean.Server.Home;
using Mocean.Server.Hosting;
using Mocean.Server.Live;
using Mocean.Server.Ocean;
using Mocean.Server.Recording;
using Mocean.Server.Research;
using Mocean.Server.Steps;

if (await ServerCommandLine.RunAsync(ServerSettings.Table, args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

// The teacher's scheme is the server's only one: without this switch it would become the default and run on every
// request of the game. Only the routes that ask (the admin policy, IsTeacherAsync) authenticate. The switch is the
// process's, so it is set here, once, before any host is built (the test hosts run this too).
AppContext.SetSwitch("Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme", true);
var builder = WebApplication.CreateBuilder(args);
builder.AddMoceanConfiguration(args);
builder.Services.AddApiDocs();
builder.Services.AddAdmin();
builder.Services.AddSteps();
builder.AddMoceanSilo(Configuration.ListenAddresses(builder.Configuration).Select(listen => listen.Address.Port));
builder.Services.AddPlayerRoutes();
builder.Services.AddLive();
builder.Services.AddResearch();
builder.AddRecording();
builder.Services.AddBackup();

var app = builder.Build();
if (!app.ClaimDataDir() || !app.StoresReadable() || !app.LoadPuzzles())
{
    return 1;
}

app.UseMoceanPipeline();
app.MapHome();
app.MapSteps();
app.MapResearch();
app.MapStatus();
app.MapBackup();
app.MapApiDocs();
app.MapPlayerRoutes();
app.MapPlayerAdmin();
app.MapOceanAdmin();
app.MapRoundRoutes();
app.MapRoundAdmin();
app.MapRecordingAdmin();
app.MapClockAdmin();
app.MapLive();
app.MapReplay();
app.MapUnknownRoutes();
return await app.RunMoceanAsync();

/// <summary>The server's entry point (public so the test host can start it).</summary>
public partial class Program;
