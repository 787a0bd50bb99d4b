using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Pso.Domain.Utility;

namespace Pso.Domain.Serialization;

/// <summary>JSON settings for Pso.Domain: NodaTime values in ISO form and the source-generated metadata of our
/// types.</summary>
public static class PsoJson
{
    /// <summary>Gets read-only options with web defaults (camelCase), NodaTime converters on the TZDB provider, and
    /// <see cref="PsoCoreJsonContext"/> for Pso.Domain.Core's types.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Configures a host's options for Pso.Domain: adds NodaTime's converters (ISO text for <see cref="LocalDate"/>,
    /// <see cref="Instant"/> and the rest, zones from TZDB) and appends <see cref="PsoCoreJsonContext"/> to the type
    /// info resolvers. Our own types carry their converters, so they serialize the same way with or without this call.
    /// </summary>
    /// <param name="options">The options to configure; not yet in use.</param>
    /// <returns>The same options, for chaining.</returns>
    public static JsonSerializerOptions ConfigureForPsoDomain(this JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.TypeInfoResolverChain.Add(PsoCoreJsonContext.Default);
        return options;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForPsoDomain();
        options.MakeReadOnly();
        return options;
    }
}
