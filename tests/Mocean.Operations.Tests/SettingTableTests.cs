using System.ComponentModel.DataAnnotations;
using Mocean.Operations.Settings;

namespace Mocean.Operations.Tests;

/// <summary>The table of settings read from options classes it is given, and the check of a command line against it.</summary>
public sealed class SettingTableTests
{
    private static readonly SettingTable Table = new([typeof(FirstOptions), typeof(SecondOptions)]);

    [Fact]
    public void SettingsPlacedByDisplayOrderComeFirstAcrossTheirClassesThenEachClassInTheOrderWritten() =>
        Assert.Equal(["--host", "--folder", "--port", "--size", "--name"], Table.All.Select(setting => setting.Switch));

    [Fact]
    public void ASettingsSwitchIsItsKeyInKebabCaseAndItsVariableTheKeyInCapitals()
    {
        var folder = Table.All.Single(setting => setting.Key == nameof(SecondOptions.Folder));

        Assert.Equal(("--folder", "MOCEAN_FOLDER", "DIR", "data"), (folder.Switch, folder.Environment, folder.Value, folder.Default));
        Assert.Equal("Folder", Table.Switches()["--folder"]);
    }

    [Fact]
    public void ASwitchCloseToASettingsIsRefusedWithDidYouMean() =>
        Assert.Equal(
            "there is no option --foldr; did you mean --folder? (mocean-server --help lists the options)",
            new SettingsCheck(Table).UnknownSwitch(["--foldr", "x"], []));

    [Fact]
    public void AValueOutsideItsRangeIsOneLineNamingTheSwitchAndWhatItMustBe() =>
        Assert.Equal(
            "--size '11' is not accepted: it must be a whole number from 1 to 10",
            new SettingsCheck(Table).ValueProblem(["--size", "11"]));

    [Fact]
    public void AValueThatIsNoNumberSaysTheSameAsOneOutOfRange() =>
        Assert.Equal("a whole number from 1 to 10", Table.All.Single(setting => setting.Key == "Size").Problem("ten"));

    [Fact]
    public void TheCommandLineIsReadWithTheTablesSwitches() =>
        Assert.Equal(7, Table.Read(["--size", "7"]).Read<FirstOptions>().Size);

    private sealed class FirstOptions
    {
        [Display(Order = 1, Prompt = "URL", Description = "Where it listens.")]
        public string? Host { get; set; }

        [Display(Prompt = "N", Description = "How many.")]
        [Range(1, 10, ErrorMessage = SettingValues.Whole)]
        public int Size { get; set; } = 3;

        [Display(Order = 3, Prompt = "N", Description = "Its port.")]
        public int Port { get; set; }
    }

    private sealed class SecondOptions
    {
        [Display(Order = 2, Prompt = "DIR", Description = "Where it keeps things.")]
        public string Folder { get; set; } = "data";

        [Display(Description = "What it is called.")]
        public string? Name { get; set; }
    }
}
