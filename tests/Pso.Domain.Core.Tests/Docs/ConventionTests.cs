using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace Pso.Domain.Tests.Docs;

/// <summary>Rules every public type of Pso.Domain.Core keeps: immutable, sealed or static, and serializable.</summary>
public class ConventionTests
{
    private static readonly Type[] PublicTypes = [.. typeof(Money).Assembly.GetExportedTypes()];

    [Fact]
    public void Public_structs_are_readonly()
    {
        Type[] mutable =
        [
            .. PublicTypes.Where(t =>
                t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null
            ),
        ];

        Assert.Empty(mutable);
    }

    [Fact]
    public void Public_classes_are_sealed_static_or_abstract()
    {
        Type[] open = [.. PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)];

        Assert.Empty(open);
    }

    [Fact]
    public void Public_properties_have_no_public_setters()
    {
        string[] settable =
        [
            .. PublicTypes
                .SelectMany(t =>
                    t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                )
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{p.DeclaringType!.Name}.{p.Name}"),
        ];

        Assert.Empty(settable);
    }

    [Fact]
    public void Value_types_and_models_carry_their_json_converter()
    {
        Type[] expected =
        [
            typeof(Money),
            typeof(Currency),
            typeof(Work),
            typeof(ProjectId),
            typeof(ActivityId),
            typeof(ResourceId),
            typeof(RoleId),
            typeof(SkillId),
            typeof(CostAccountId),
            typeof(CalendarId),
            typeof(ExchangeRate),
            typeof(ExchangeRateTable),
            typeof(global::Pso.Domain.Calendars.WorkCalendar),
            typeof(global::Pso.Domain.Periods.ReportingPeriod),
        ];

        Assert.All(expected, t => Assert.NotNull(t.GetCustomAttribute<JsonConverterAttribute>()));
        Assert.All(PublicTypes.Where(t => t.IsValueType && t.Name.EndsWith("Id", StringComparison.Ordinal)), t =>
            Assert.NotNull(t.GetCustomAttribute<JsonConverterAttribute>())
        );
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
