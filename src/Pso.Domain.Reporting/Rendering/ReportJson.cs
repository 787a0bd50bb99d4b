using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Pso.Domain.Serialization;

namespace Pso.Domain.Reporting.Rendering;

/// <summary>Writes reports as JSON: camelCase names, enums as text, NodaTime values in ISO form, money as
/// <c>{"amount": …, "currency": …}</c>.</summary>
public static class ReportJson
{
    /// <summary>Gets the options: web defaults, indented, NodaTime's converters, and the reports' and Core's
    /// source-generated metadata.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes a report: a <see cref="ReportTable"/>, a measure, a report or a list of warnings or summary
    /// lines (the types <see cref="PsoReportingJsonContext"/> lists).</summary>
    /// <typeparam name="T">The report's type.</typeparam>
    /// <param name="report">The report.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="NotSupportedException">The type is not one the context lists.</exception>
    public static string Serialize<T>(T report) =>
        JsonSerializer.Serialize(report, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.TypeInfoResolverChain.Add(PsoReportingJsonContext.Default);
        options.TypeInfoResolverChain.Add(PsoCoreJsonContext.Default);
        options.MakeReadOnly();
        return options;
    }
}
