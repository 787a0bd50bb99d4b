using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using Pso.Domain.Periods;

namespace Pso.Domain.DependencyInjection;

/// <summary>Registers Pso.Domain in a service collection.</summary>
public static class PsoDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the core of Pso.Domain: <see cref="PsoDomainOptions"/> (validated when first used), the
    /// <see cref="ReportingCalendar"/> and the organisation's <see cref="DateTimeZone"/> derived from them, NodaTime's
    /// TZDB <see cref="IDateTimeZoneProvider"/>, and an empty <see cref="ExchangeRateTable"/> unless one is registered.
    /// Calling it again adds nothing twice.
    ///</summary>
    /// <remarks>Pso.Domain never reads the system clock: engines take the status date they work to. A host that wants
    /// "today" registers its own <see cref="IClock"/>.</remarks>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder that Pso.Domain packages extend.</returns>
    public static IPsoDomainBuilder AddPsoDomain(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<PsoDomainOptions>, PsoDomainOptionsValidator>()
        );
        services.TryAddSingleton<IDateTimeZoneProvider>(DateTimeZoneProviders.Tzdb);
        services.TryAddSingleton(provider =>
        {
            PsoDomainOptions options = provider.GetRequiredService<IOptions<PsoDomainOptions>>().Value;
            return new ReportingCalendar(options.FiscalYearStartMonth, options.FiscalYearNaming);
        });
        services.TryAddSingleton(provider =>
            provider.GetRequiredService<IDateTimeZoneProvider>()[
                provider.GetRequiredService<IOptions<PsoDomainOptions>>().Value.TimeZone
            ]
        );
        services.TryAddSingleton(ExchangeRateTable.Empty);
        return new PsoDomainBuilder(services);
    }

    /// <summary>Registers the core of Pso.Domain, as <see cref="AddPsoDomain(IServiceCollection)"/> does, and
    /// configures its options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder that Pso.Domain packages extend.</returns>
    public static IPsoDomainBuilder AddPsoDomain(this IServiceCollection services, Action<PsoDomainOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        IPsoDomainBuilder builder = services.AddPsoDomain();
        services.Configure(configure);
        return builder;
    }

    /// <summary>Uses the given exchange rates wherever Pso.Domain converts currencies, replacing any registered
    /// before.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="rates">The rates.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder UseExchangeRates(this IPsoDomainBuilder builder, ExchangeRateTable rates)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rates);
        builder.Services.Replace(ServiceDescriptor.Singleton(rates));
        return builder;
    }

    private sealed class PsoDomainBuilder(IServiceCollection services) : IPsoDomainBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
