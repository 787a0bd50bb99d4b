using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.DependencyInjection;

/// <summary>Registers Pso.Domain.Scheduling.</summary>
public static class SchedulingBuilderExtensions
{
    /// <summary>Registers the <see cref="CpmScheduler"/> (a thread-safe singleton) with the given settings, unless one
    /// is registered already.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The settings; <see cref="CpmOptions.Default"/> when null.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddScheduling(this IPsoDomainBuilder builder, CpmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(new CpmScheduler(options));
        return builder;
    }
}
