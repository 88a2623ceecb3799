using System.CommandLine;
using Mocean.Cli.Commands;

var root = new RootCommand("""
    mocean: a command-line client of a Mocean server.

    Try:  mocean get hello                      (is a server there?)
          mocean steps                          (play the Steps puzzles)
          mocean ocean play ada                 (swim in the ocean as 'ada')
          mocean data profile 5 9 --png p.png   (chart a profile of the sea)

    Exit codes: 0 done, 1 the server said no or the command line is wrong, 2 no server answered.
    """);
root.Options.Add(Shared.ServerOption);
root.Subcommands.Add(StepsCommand.Create());
root.Subcommands.Add(GetCommand.Create());
root.Subcommands.Add(OceanCommand.Create());
root.Subcommands.Add(DataCommand.Create());
return await root.Parse(args).InvokeAsync();
