using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Mocean.Operations.Backup;
using Mocean.Operations.Settings;

namespace Mocean.Operations;

/// <summary>
/// The server binary's command line, parsed by System.CommandLine: with no command it runs the server; besides,
/// <c>settings</c>, <c>backup FILE</c>, <c>restore FILE</c>, <c>data add FILE...</c> and <c>--help</c>. Every
/// setting is an option of every command; a switch no setting has, and every value a setting cannot take, is one
/// line naming it (<see cref="SettingsCheck"/>) and exit code 1. The settings are those of the table the server passes in.
/// </summary>
public static class ServerCommandLine
{
    /// <summary>Runs the command in <paramref name="args"/>, or returns null when the server should start.</summary>
    public static async Task<int?> RunAsync(SettingTable table, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var line = new Line(table, output, error);
        var parse = line.Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Action is HelpText)
        {
            return await parse.InvokeAsync(line.Invocation).ConfigureAwait(false);
        }

        var command = parse.CommandResult.Command;
        if (command == line.Root && args.Length > 0 && !args[0].StartsWith('-'))
        {
            await error.WriteLineAsync($"there is no command '{args[0]}'; mocean-server --help lists the commands and options").ConfigureAwait(false);
            return 2;
        }

        if (parse.Errors.Count > 0)
        {
            await error.WriteLineAsync(line.Usage.GetValueOrDefault(command) ?? "mocean-server: " + parse.Errors[0].Message).ConfigureAwait(false);
            return line.Usage.ContainsKey(command) ? 2 : 1;
        }

        // A misspelt switch among a command's files (data add FILE...) is taken for a file: it is checked as a switch.
        var settings = command == line.Root ? args
            : [.. line.SettingArgs(parse), .. parse.CommandResult.Tokens.Select(token => token.Value).Where(value => value.StartsWith('-'))];
        if (!new SettingsCheck(table).IsFine(settings, line.OwnSwitches(command), error))
        {
            return 1;
        }

        return command == line.Root ? null : await parse.InvokeAsync(line.Invocation).ConfigureAwait(false);
    }

    /// <summary>The command tree, with the writers its commands print to.</summary>
    private sealed class Line
    {
        // A setting given twice takes the last value, as the configuration reads it (a script adds to a default line).
        private readonly Dictionary<string, Option<string[]>> settings;

        public Line(SettingTable table, TextWriter output, TextWriter error)
        {
            settings = table.All.ToDictionary(
                setting => setting.Switch,
                setting => new Option<string[]>(setting.Switch) { Recursive = true, HelpName = setting.Value, Description = setting.Help, Arity = ArgumentArity.OneOrMore });
            Invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            var file = new Argument<string>("FILE");
            var replace = new Option<bool>("--replace");
            var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore };
            var (id, title, descriptor) = (new Option<string>("--id"), new Option<string>("--title"), new Option<string>("--descriptor"));

            var show = new Command("settings", "Shows every setting as the server would use it.");
            show.SetAction(parse => { output.Write(CommandTexts.Shown(table, SettingArgs(parse))); return 0; });
            var backup = new Command("backup", "Asks the running server for a snapshot and writes it to FILE.") { file };
            backup.SetAction(parse => BackupCommands.BackupAsync(parse.GetValue(file)!, table.Read(SettingArgs(parse)), output, error));
            var snapshot = new Argument<string>("FILE");
            var restore = new Command("restore", "Puts a snapshot into a stopped server's data folder.") { snapshot, replace };
            restore.SetAction(parse => BackupCommands.Restore(parse.GetValue(snapshot)!, parse.GetValue(replace), table.Read(SettingArgs(parse)), output, error));
            var add = new Command("add", "Builds a data set from CSV or NetCDF-3 files.") { files, id, title, descriptor };
            add.SetAction(parse => DataAddCommand.RunAsync(
                [.. parse.GetValue(files) ?? []], parse.GetValue(id), parse.GetValue(title), parse.GetValue(descriptor), table.Read(SettingArgs(parse))));
            var data = new Command("data", "The data service's data sets.") { add };
            var help = new Command("help", "This text.");
            help.SetAction(_ => { output.Write(CommandTexts.Help(table)); return 0; });

            // With no command the server starts: RunAsync returns before invoking this.
            Root = new RootCommand("mocean-server: the Mocean server") { show, backup, restore, data, help };
            Root.SetAction(_ => 0);
            Root.Options.Remove(Root.Options.OfType<VersionOption>().Single());
            Root.Options.OfType<HelpOption>().Single().Action = new HelpText(table, output);
            foreach (var option in settings.Values)
            {
                Root.Options.Add(option);
            }

            foreach (var command in new Command[] { Root, show, backup, restore, data, add, help })
            {
                command.TreatUnmatchedTokensAsErrors = false;
            }

            Usage = new Dictionary<Command, string>
            {
                [backup] = "backup needs a file to write: mocean-server backup FILE",
                [restore] = "restore needs the backup file: mocean-server restore FILE --data-dir DIR",
                [data] = DataAddCommand.Usage,
                [add] = DataAddCommand.Usage,
            };
        }

        public RootCommand Root { get; }

        /// <summary>The command's switches that are no setting (<c>--replace</c>), for "did you mean".</summary>
        public string[] OwnSwitches(Command command) =>
            [.. command.Options.Where(option => option is not HelpOption && !settings.ContainsKey(option.Name)).Select(option => option.Name)];

        public InvocationConfiguration Invocation { get; }

        /// <summary>What a command line that a command cannot take gets instead (with exit code 2).</summary>
        public IReadOnlyDictionary<Command, string> Usage { get; }

        /// <summary>The settings given on the command line, as the configuration reads them (switch, value), then the settings file's own keys given as switches.</summary>
        public string[] SettingArgs(ParseResult parse) =>
        [
            .. settings.Values.Select(parse.GetResult).OfType<System.CommandLine.Parsing.OptionResult>()
                .Where(given => given.Tokens.Count > 0)
                .SelectMany(given => new[] { given.Option.Name, given.Tokens[^1].Value }),
            .. parse.UnmatchedTokens,
        ];
    }

    /// <summary><c>--help</c> anywhere: the text that lists every command and setting.</summary>
    private sealed class HelpText(SettingTable table, TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            output.Write(CommandTexts.Help(table));
            return 0;
        }
    }
}
