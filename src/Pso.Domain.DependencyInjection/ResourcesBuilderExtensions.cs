using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pso.Domain.Periods;
using Pso.Domain.Resources.Capacity;

namespace Pso.Domain.DependencyInjection;

/// <summary>Registers Pso.Domain.Resources with a host.</summary>
public static class ResourcesBuilderExtensions
{
    /// <summary>Registers the <see cref="CapacityPlanOptions"/> (a singleton) that hosts pass to
    /// <see cref="CapacityPlan.Create"/>: periods follow the host's <see cref="ReportingCalendar"/> (its fiscal year),
    /// and <paramref name="configure"/> may change the rest. Nothing is registered if options are registered
    /// already.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes to the settings, such as <c>o =&gt; o with { CountTentative = true
    /// }</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddResources(
        this IPsoDomainBuilder builder,
        Func<CapacityPlanOptions, CapacityPlanOptions>? configure = null
    )
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(services =>
        {
            var options = new CapacityPlanOptions { Reporting = services.GetRequiredService<ReportingCalendar>() };
            return configure is null ? options : configure(options);
        });
        return builder;
    }
}
