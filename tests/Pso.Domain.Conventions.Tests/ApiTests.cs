using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace Pso.Domain.Conventions.Tests;

/// <summary>What every package's public API keeps: closed, immutable, documented types.</summary>
public class ApiTests
{
    /// <summary>Public classes meant to be derived from: each is an extension point that the docs describe.</summary>
    private static readonly HashSet<string> ExtensionPoints = ["Pso.Domain.Errors.PsoDomainException"];

    /// <summary>Options classes bound by Microsoft.Extensions.Options, which needs settable properties.</summary>
    private static readonly HashSet<string> OptionsClasses = ["Pso.Domain.DependencyInjection.PsoDomainOptions"];

    [Fact]
    public void Public_classes_are_sealed_static_or_abstract_unless_extension_points()
    {
        // A class without a public or protected constructor cannot be derived from outside its package either.
        string[] open =
        [
            .. Packages
                .PublicTypes()
                .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !ExtensionPoints.Contains(t.FullName!))
                .Where(t =>
                    t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                        .Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly)
                )
                .Select(t => t.FullName!),
        ];

        Assert.Empty(open);
    }

    [Fact]
    public void Public_structs_are_readonly()
    {
        string[] mutable =
        [
            .. Packages
                .PublicTypes()
                .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null)
                .Select(t => t.FullName!),
        ];

        Assert.Empty(mutable);
    }

    [Fact]
    public void Public_properties_have_no_public_setters()
    {
        string[] settable =
        [
            .. Packages
                .PublicTypes()
                .Where(t => !OptionsClasses.Contains(t.FullName!))
                .SelectMany(t =>
                    t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                )
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}"),
        ];

        Assert.Empty(settable);
    }

    [Fact]
    public void Every_public_type_has_xml_documentation_in_its_package()
    {
        string[] undocumented =
        [
            .. Packages.Names.SelectMany(name =>
            {
                Assembly assembly = Packages.Assembly(name);
                string file = Path.ChangeExtension(assembly.Location, ".xml");
                HashSet<string> members =
                [
                    .. XDocument.Load(file).Descendants("member").Select(m => (string)m.Attribute("name")!),
                ];
                return assembly
                    .GetExportedTypes()
                    .Select(t => "T:" + t.FullName!.Replace('+', '.'))
                    .Where(id => !members.Contains(id));
            }),
        ];

        Assert.Empty(undocumented);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
