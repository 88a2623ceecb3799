namespace Mocean.Ocean.Tests;

public class ItemTests
{
    [Theory]
    [InlineData(850, 450, "Mount Crumpet")] // 150 across the edge from x = 100
    [InlineData(320, 450, "Axial Seamount")]
    [InlineData(100, 10, "Mount Crumpet")]
    public void CrashAlertAndSeamountNameGiveTheNearestSeamountAcrossTheEdge(double x, double y, string name)
    {
        var sea = new Sea(seamounts: [(100, 450, 10, 10), (500, 450, 10, 10)]);
        var id = sea.Put("Nemo", x, y);
        Assert.Equal(name, sea.Ocean.SeamountName(id));
        sea.Ocean.GiveItem("Nemo", "crash alert");
        Assert.Equal(new GameReply(true, $"crash alert: the nearest seamount is {name}"), sea.Ocean.Use(id, "crash alert"));
    }

    [Theory]
    [InlineData("air tank", "you breathe from the air tank: plenty of air left")]
    [InlineData("ham and cheese sandwich", "you eat the ham and cheese sandwich: delicious, and a little soggy")]
    [InlineData("teleport crystal", "the crystal glows: while you hold it, teleport takes you anywhere")]
    [InlineData("boat hook", "the boat hook is in your hand: your reach is 35 m while you hold it")]
    [InlineData("binoculars", "through the binoculars you see 100 m while you hold them")]
    public void HeldItemsAnswerWithALine(string item, string line)
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 450);
        if (item != "air tank")
        {
            sea.Ocean.GiveItem("Nemo", item);
        }
        Assert.Equal(new GameReply(true, line), sea.Ocean.Use(id, item));
        Assert.Contains(item, sea.Ocean.Inventory(id));
    }

    [Theory]
    [InlineData("binoculars", "you do not have binoculars: inventory lists what you hold")]
    [InlineData("", "you do not have that: inventory lists what you hold")]
    public void UsingWhatYouDoNotHoldIsARefusal(string item, string line)
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 450);
        Assert.Equal(new GameReply(false, line), sea.Ocean.Use(id, item));
    }

    [Fact]
    public void GivingAnUnknownItemIsAnError()
    {
        var sea = new Sea();
        sea.Put("Nemo", 450, 450);
        Assert.Equal(OceanError.UnknownItem, Assert.Throws<OceanException>(() => sea.Ocean.GiveItem("Nemo", "gold")).Error);
        Assert.Equal(OceanError.UnknownName, Assert.Throws<OceanException>(() => sea.Ocean.GiveItem("Nobody", "boat hook")).Error);
    }
}
