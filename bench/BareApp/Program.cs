// The bench's reference for what ASP.NET Core itself costs: Kestrel with the default host
// (as the server uses it) and one route answering a constant string. Logging is kept to
// warnings so that no per-request log line is written; `--urls` picks the port.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapGet("/steps", () => "welcome! You sent a message: hello");
app.Run();
