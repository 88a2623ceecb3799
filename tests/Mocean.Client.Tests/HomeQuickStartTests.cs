using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Mocean.Client.Tests;

/// <summary>The C# quick start the home page shows is a program that compiles against this client as it is.</summary>
public sealed class HomeQuickStartTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private const string Heading = "Try it from C#, with the Mocean.Client package (built from src/Mocean.Client):";

    [Fact]
    public async Task TheHomePagesCSharpQuickStartCompilesAgainstMoceanClient()
    {
        var home = await fixture.Server.CreateClient().GetStringAsync("/");
        var lines = home.Split('\n');
        var start = Array.IndexOf(lines, Heading);
        Assert.True(start >= 0, home);
        var program = string.Join('\n', lines.Skip(start + 1).TakeWhile(line => line.Length == 0 || line.StartsWith("  ", StringComparison.Ordinal)).Select(line => line.TrimStart()));
        Assert.Contains("new MoceanClient(\"http://localhost\")", program, StringComparison.Ordinal);

        var compilation = CSharpCompilation.Create(
            "QuickStart",
            [CSharpSyntaxTree.ParseText(program, Latest), CSharpSyntaxTree.ParseText(ImplicitUsings, Latest)],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var output = new MemoryStream();
        var result = compilation.Emit(output);

        Assert.True(result.Success, string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) + "\n" + program);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning));
    }

    private static readonly CSharpParseOptions Latest = new(LanguageVersion.Latest);

    /// <summary>The usings a new console project (<c>dotnet new console</c>) gives every file.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(MoceanClient).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
}
