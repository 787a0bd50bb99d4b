using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Pso.Domain.Conventions.Tests;

/// <summary>The layer rules of docs/architecture.md: which package may reference which, and no reference unused.</summary>
public partial class LayerTests
{
    public static TheoryData<string> PackageNames => [.. Packages.Names];

    [Theory]
    [MemberData(nameof(PackageNames))]
    public void A_package_references_exactly_the_packages_the_architecture_names(string package)
    {
        Dictionary<string, string[]> documented = Documented();

        Assert.True(documented.ContainsKey(package), $"docs/architecture.md has no row for {package}");
        Assert.Equal(
            documented[package].Order(StringComparer.Ordinal),
            Packages.References(package).Where(r => r != "Pso.Domain.Generators").Order(StringComparer.Ordinal)
        );
    }

    [Theory]
    [MemberData(nameof(PackageNames))]
    public void Every_package_reference_is_used(string package)
    {
        // The compiler keeps a reference in the assembly's metadata only when the code uses it.
        HashSet<string> used = [.. Packages.Assembly(package).GetReferencedAssemblies().Select(a => a.Name!)];
        string[] unused =
        [
            .. Packages.References(package).Where(r => r != "Pso.Domain.Generators" && !used.Contains(r)),
        ];

        Assert.Empty(unused);
    }

    [Fact]
    public void The_three_models_never_reference_each_other()
    {
        string[] models = ["Pso.Domain.Costs", "Pso.Domain.Scheduling", "Pso.Domain.Resources"];

        Assert.All(models, m => Assert.Empty(Packages.References(m).Intersect(models)));
    }

    /// <summary>Reads the package table of docs/architecture.md: the packages each row's References column names
    /// (short names such as Core or Allocation; other entries are outside dependencies).</summary>
    private static Dictionary<string, string[]> Documented()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(Packages.Root, "docs", "architecture.md")))
        {
            Match row = TableRow().Match(line);
            if (!row.Success)
            {
                continue;
            }
            table[row.Groups[1].Value] =
            [
                .. row.Groups[2]
                    .Value.Split(',', StringSplitOptions.TrimEntries)
                    .Select(r => "Pso.Domain." + r)
                    .Where(Packages.Names.Contains),
            ];
        }
        return table;
    }

    [GeneratedRegex(@"^\| `(Pso\.Domain[\w.]*)` \|[^|]*\| ([^|]*) \|")]
    private static partial Regex TableRow();
}
