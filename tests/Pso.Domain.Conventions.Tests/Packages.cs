using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace Pso.Domain.Conventions.Tests;

/// <summary>The shipping packages: their assemblies and their sources, found from the repository.</summary>
internal static class Packages
{
    /// <summary>Gets the repository root (the folder of Pso.Domain.sln above the test binaries).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the name of every shipping package: each project under src/ with a public API file.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. Directory
            .GetDirectories(Path.Combine(Root, "src"))
            .Where(d => File.Exists(Path.Combine(d, "PublicAPI.Shipped.txt")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Gets the loaded assembly of a package.</summary>
    public static Assembly Assembly(string name) => System.Reflection.Assembly.Load(name);

    /// <summary>Gets the public types of every package.</summary>
    public static IEnumerable<Type> PublicTypes() => Names.SelectMany(n => Assembly(n).GetExportedTypes());

    /// <summary>Gets a package's root namespace from its project file.</summary>
    public static string RootNamespace(string name) =>
        XDocument.Load(Project(name)).Descendants("RootNamespace").Single().Value;

    /// <summary>Gets the packages a package's project references.</summary>
    public static IReadOnlyList<string> References(string name) =>
        [
            .. XDocument
                .Load(Project(name))
                .Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))),
        ];

    /// <summary>Gets the C# sources of a package, relative to its folder, without build output.</summary>
    public static IEnumerable<(string Relative, string Text)> Sources(string name)
    {
        string folder = Path.Combine(Root, "src", name);
        return Directory
            .EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(r =>
                !r.StartsWith("obj/", StringComparison.Ordinal) && !r.StartsWith("bin/", StringComparison.Ordinal)
            )
            .Order(StringComparer.Ordinal)
            .Select(r => (r, File.ReadAllText(Path.Combine(folder, r))));
    }

    private static string Project(string name) => Path.Combine(Root, "src", name, name + ".csproj");

    private static string FindRoot()
    {
        DirectoryInfo? directory = new(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pso.Domain.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName
            ?? throw new InvalidOperationException("Pso.Domain.sln not found above the test binaries.");
    }
}
