using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pso.Domain.Conventions.Tests;

/// <summary>How the packages' sources are laid out: a reader finds a concept from the folder and file names.</summary>
public partial class LayoutTests
{
    /// <summary>The longest line the packages keep.</summary>
    public const int MaxLineLength = 120;

    public static TheoryData<string> PackageNames => [.. Packages.Names];

    [Theory]
    [MemberData(nameof(PackageNames))]
    public void Namespaces_follow_folders(string package)
    {
        string root = Packages.RootNamespace(package);
        string[] wrong =
        [
            .. Packages
                .Sources(package)
                .Select(s => (s.Relative, Declared: NamespaceLine().Match(s.Text).Groups[1].Value))
                .Where(s => s.Declared != Expected(root, s.Relative))
                .Select(s => $"{s.Relative}: {s.Declared}, expected {Expected(root, s.Relative)}"),
        ];

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(PackageNames))]
    public void Each_public_type_has_its_own_file_named_after_it(string package)
    {
        // Top-level declarations start at column 0 under a file-scoped namespace; nested ones are indented. A generic
        // type may share the file of its non-generic namesake (IntakeResult and IntakeResult<T>); a large type is split
        // into partials named Type.Concern.cs.
        string[] wrong =
        [
            .. Packages
                .Sources(package)
                .SelectMany(s =>
                    PublicDeclaration()
                        .Matches(s.Text)
                        .Select(m => m.Groups[1].Value)
                        .Where(name => name != Path.GetFileName(s.Relative).Split('.')[0])
                        .Select(name => $"{s.Relative}: {name}")
                ),
        ];

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(PackageNames))]
    public void Lines_are_at_most_120_characters(string package)
    {
        string[] wrong =
        [
            .. Packages
                .Sources(package)
                .SelectMany(s =>
                    s.Text.ReplaceLineEndings("\n")
                        .Split('\n')
                        .Select((line, i) => (Line: i + 1, line.Length))
                        .Where(l => l.Length > MaxLineLength)
                        .Select(l => $"{s.Relative}:{l.Line} has {l.Length} characters")
                ),
        ];

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(PackageNames))]
    public void A_statement_declares_one_variable(string package)
    {
        // int vendor = header.Find("vendor"), number = ... packs several; a for loop's own counters may share one.
        string[] packed =
        [
            .. Packages
                .Sources(package)
                .SelectMany(s =>
                    CSharpSyntaxTree
                        .ParseText(s.Text)
                        .GetRoot()
                        .DescendantNodes()
                        .OfType<LocalDeclarationStatementSyntax>()
                        .Where(d => d.Declaration.Variables.Count > 1)
                        .Select(d =>
                            $"{s.Relative}:{d.GetLocation().GetLineSpan().StartLinePosition.Line + 1} declares "
                            + string.Join(", ", d.Declaration.Variables.Select(v => v.Identifier.Text))
                        )
                ),
        ];

        Assert.Empty(packed);
    }

    [Fact]
    public void Every_package_keeps_its_error_codes_in_one_file_of_its_own()
    {
        // The packages whose errors carry codes; Core's are the shared ones (ErrorCodes in Errors).
        string[] wrong =
        [
            .. Packages
                .Names.SelectMany(p =>
                    Packages
                        .Sources(p)
                        .Where(s => ErrorCodesClass().IsMatch(s.Text))
                        .Select(s => (Package: p, s.Relative))
                )
                .GroupBy(f => f.Package)
                .Where(g =>
                    g.Count() > 1
                    || g.Any(f => !Path.GetFileName(f.Relative).EndsWith("ErrorCodes.cs", StringComparison.Ordinal))
                )
                .Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => f.Relative))}"),
        ];

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(PackageNames))]
    public void The_reference_site_has_a_page_for_every_package(string package)
    {
        string pages = Path.Combine(Packages.Root, "docs", "packages");

        Assert.Equal(
            $"[!include[{package}](../../src/{package}/README.md)]",
            File.ReadAllText(Path.Combine(pages, package + ".md")).Trim()
        );
        Assert.Contains(
            $"href: {package}.md",
            File.ReadAllText(Path.Combine(pages, "toc.yml")),
            StringComparison.Ordinal
        );
    }

    private static string Expected(string root, string relative)
    {
        string folder = Path.GetDirectoryName(relative)!.Replace('/', '.').Replace('\\', '.');
        return folder.Length == 0 ? root : $"{root}.{folder}";
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(
        @"^public (?:(?:static|sealed|abstract|readonly|partial|ref|unsafe) )*(?:class|struct|record struct|record class|record|interface|enum|delegate [\w<>\[\]?,. ]+?) (\w+)",
        RegexOptions.Multiline
    )]
    private static partial Regex PublicDeclaration();

    [GeneratedRegex(@"^public static class \w*ErrorCodes\b", RegexOptions.Multiline)]
    private static partial Regex ErrorCodesClass();
}
