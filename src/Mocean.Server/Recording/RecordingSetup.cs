using Mocean.OceanHosting;
using Mocean.Operations.Settings;

namespace Mocean.Server.Recording;

/// <summary>The game's record in the server: its settings, and the service that writes it into the data sets.</summary>
public static class RecordingSetup
{
    public static WebApplicationBuilder AddRecording(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<RecordingOptions>();
        builder.Services.AddSingleton<GameRecorder>();
        builder.Services.AddSingleton<IOceanRecorder>(provider => provider.GetRequiredService<GameRecorder>());
        builder.Services.AddHostedService(provider => provider.GetRequiredService<GameRecorder>());
        return builder;
    }
}
