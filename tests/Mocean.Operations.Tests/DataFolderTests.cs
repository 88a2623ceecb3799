using Mocean.OceanHosting;
using Mocean.Operations.Backup;

namespace Mocean.Operations.Tests;

/// <summary>The data folder's lock and the check of its stores, as <c>restore</c> and a starting server meet them.</summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mocean-operations-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ClaimsOfOneFolderInOneProcessShareTheLockUntilTheLastLetsGo()
    {
        var first = DataDirLock.TryTake(folder);
        var second = DataDirLock.TryTake(folder);
        Assert.NotNull(first);
        Assert.NotNull(second);

        first.Dispose();
        Assert.True(DataDirLock.IsHeld(folder));
        second.Dispose();
        Assert.False(DataDirLock.IsHeld(folder));
    }

    [Fact]
    public void AFolderWithoutStoresReads() => Assert.Null(StoreCheck.Problem(folder));

    [Fact]
    public void AnEmptyGameStoreIsOneLineNamingItAndTheWayBack()
    {
        var file = Path.Combine(folder, GrainStorage.FileName);
        File.WriteAllBytes(file, []);

        Assert.Equal(
            $"the game's store {file} cannot be read (it is empty): restore a backup (mocean-server restore FILE --data-dir DIR --replace), or move the file aside to start afresh without it",
            StoreCheck.Problem(folder));
    }

    [Fact]
    public void AStepsStoreThatIsNoDatabaseCannotBeRead()
    {
        var file = Path.Combine(folder, StoreCheck.StepsFile);
        File.WriteAllBytes(file, [.. Enumerable.Repeat((byte)'x', 4096)]);

        Assert.StartsWith($"Steps' store {file} cannot be read (", StoreCheck.Problem(folder), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5055;http://[::]:6000", "http://127.0.0.1:5055")]
    [InlineData("http://[::]:6000", "http://127.0.0.1:6000")]
    [InlineData("http://mocean.school.org:80", "http://mocean.school.org:80")]
    [InlineData(null, "http://127.0.0.1:8080")]
    public void BackupAsksTheServerAtTheFirstAddressItListensOnFromThisMachine(string? urls, string asked) =>
        Assert.Equal(asked, BackupCommands.LocalAddress(urls));
}
