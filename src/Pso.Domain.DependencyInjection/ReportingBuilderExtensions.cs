using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Reporting.Warnings;

namespace Pso.Domain.DependencyInjection;

/// <summary>Registers Pso.Domain.Reporting with a host.</summary>
public static class ReportingBuilderExtensions
{
    /// <summary>Registers the built-in early-warning rules (<see cref="EarlyWarningRules.All"/>), the warning
    /// thresholds, an <see cref="EarlyWarningEngine"/> over every registered <see cref="IEarlyWarningRule"/>, and a
    /// <see cref="ScheduleRiskAnalysis"/>; all singletons, each once. Rules added with
    /// <see cref="AddWarningRule{TRule}"/> join the built-in ones whenever they are added.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="thresholds">The thresholds of the built-in rules; the defaults when null.</param>
    /// <param name="risk">The options of the schedule risk analysis; the defaults when null.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddReporting(
        this IPsoDomainBuilder builder,
        WarningThresholds? thresholds = null,
        ScheduleRiskOptions? risk = null
    )
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (IEarlyWarningRule rule in EarlyWarningRules.All)
        {
            if (
                !builder.Services.Any(d =>
                    d.ServiceType == typeof(IEarlyWarningRule) && ReferenceEquals(d.ImplementationInstance, rule)
                )
            )
            {
                builder.Services.AddSingleton(rule);
            }
        }
        builder.Services.TryAddSingleton(thresholds ?? new WarningThresholds());
        builder.Services.TryAddSingleton(services => new EarlyWarningEngine(
            services.GetServices<IEarlyWarningRule>(),
            services.GetRequiredService<WarningThresholds>()
        ));
        builder.Services.TryAddSingleton(new ScheduleRiskAnalysis(risk));
        return builder;
    }

    /// <summary>Registers an early-warning rule of the host's own (a singleton; rules are stateless), once.</summary>
    /// <typeparam name="TRule">The rule.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddWarningRule<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule
    >(this IPsoDomainBuilder builder)
        where TRule : class, IEarlyWarningRule
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEarlyWarningRule, TRule>());
        return builder;
    }
}
