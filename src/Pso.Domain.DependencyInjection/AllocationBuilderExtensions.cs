using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Allocation.Staffing;

namespace Pso.Domain.DependencyInjection;

/// <summary>Registers Pso.Domain.Allocation with a host.</summary>
public static class AllocationBuilderExtensions
{
    /// <summary>Registers the built-in <see cref="GeneticLevelling"/> strategy, the <see cref="LevellingStrategies"/>
    /// catalogue and an <see cref="LevellingSolver"/> on the default (first registered) strategy; the built-in
    /// <see cref="MinCostFlowStaffing"/> and an <see cref="StaffingSolver"/> on the first registered assignment
    /// strategy; <see cref="StaffedLevelling"/> on both solvers; and a <see cref="PortfolioPlanner"/> on the levelling
    /// solver with <see cref="PlanningOptions.Default"/>; all singletons. Strategies added with
    /// <see cref="AddLevellingStrategy{TStrategy}"/> or <see cref="AddStaffingStrategy{TStrategy}"/> before this call
    /// come first.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddAllocation(this IPsoDomainBuilder builder) =>
        builder.AddAllocation(PlanningOptions.Default);

    /// <summary>Registers what <see cref="AddAllocation(IPsoDomainBuilder)"/> does, with the planner's settings: the
    /// <see cref="PlanningOptions"/> singleton and the <see cref="PortfolioPlanner"/> that uses them.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="planning">The settings plans use when none are given, such as <c>PlanningOptions.Default with
    /// { Deadlines = DeadlineRule.Hard }</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddAllocation(this IPsoDomainBuilder builder, PlanningOptions planning)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(planning);
        builder.Services.TryAddSingleton(planning);
        builder.Services.TryAddSingleton(services => new PortfolioPlanner(
            services.GetRequiredService<LevellingSolver>(),
            services.GetRequiredService<PlanningOptions>()
        ));
        builder.AddLevellingStrategy<GeneticLevelling>();
        builder.Services.TryAddSingleton(services => new LevellingStrategies(
            services.GetServices<ILevellingStrategy>()
        ));
        builder.Services.TryAddSingleton(services => new LevellingSolver(
            services.GetRequiredService<LevellingStrategies>().Default
        ));
        builder.AddStaffingStrategy<MinCostFlowStaffing>();
        builder.Services.TryAddSingleton(services => new StaffingSolver(
            services.GetServices<IStaffingStrategy>().First()
        ));
        builder.Services.TryAddSingleton(services => new StaffedLevelling(
            services.GetRequiredService<LevellingSolver>(),
            services.GetRequiredService<StaffingSolver>()
        ));
        return builder;
    }

    /// <summary>Registers a staffing strategy (a singleton; strategies are stateless), once.</summary>
    /// <typeparam name="TStrategy">The strategy.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddStaffingStrategy<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStrategy
    >(this IPsoDomainBuilder builder)
        where TStrategy : class, IStaffingStrategy
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IStaffingStrategy, TStrategy>());
        return builder;
    }

    /// <summary>Registers a levelling strategy (a singleton; strategies are stateless), once.</summary>
    /// <typeparam name="TStrategy">The strategy.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddLevellingStrategy<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStrategy
    >(this IPsoDomainBuilder builder)
        where TStrategy : class, ILevellingStrategy
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILevellingStrategy, TStrategy>());
        return builder;
    }
}
