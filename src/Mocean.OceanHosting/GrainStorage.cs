using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Mocean.OceanHosting;

/// <summary>The server's grain storage: one SQLite file, <c>ocean.db</c> in the data directory.</summary>
public static class GrainStorage
{
    /// <summary>The storage's name; it is also registered as Orleans' default storage.</summary>
    public const string Name = "mocean";

    public const string FileName = "ocean.db";

    public static IServiceCollection AddSqliteGrainStorage(this IServiceCollection services)
    {
        services.AddGrainStorage(Name, (provider, name) => new SqliteGrainStorage(
            name,
            Path.Combine(provider.GetRequiredService<IOptions<StoreOptions>>().Value.DataPath, FileName),
            provider.GetRequiredService<MoceanClock>(),
            provider.GetRequiredService<ILogger<SqliteGrainStorage>>()));
        services.AddKeyedSingleton(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
            (provider, _) => provider.GetRequiredKeyedService<IGrainStorage>(Name));
        return services;
    }
}
