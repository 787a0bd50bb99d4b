using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Allocation.Staffing;

namespace Pso.Domain.DependencyInjection;

/// <summary>Registers Pso.Domain.Allocation with a host.</summary>
public static class AllocationBuilderExtensions
{
    /// <summary>Registers the built-in <see cref="GeneticScheduling"/> strategy, the <see cref="AllocationStrategies"/>
    /// catalogue and an <see cref="AllocationSolver"/> on the default (first registered) strategy; the built-in
    /// <see cref="MinCostFlowAssignment"/> and an <see cref="AssignmentSolver"/> on the first registered assignment
    /// strategy; and <see cref="StaffedScheduling"/> on both solvers; all singletons. Strategies added with
    /// <see cref="AddStrategy{TStrategy}"/> or <see cref="AddAssignmentStrategy{TStrategy}"/> before this call come
    /// first.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddAllocation(this IPsoDomainBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStrategy<GeneticScheduling>();
        builder.Services.TryAddSingleton(services => new AllocationStrategies(services.GetServices<IAllocationStrategy>()));
        builder.Services.TryAddSingleton(services => new AllocationSolver(services.GetRequiredService<AllocationStrategies>().Default));
        builder.AddAssignmentStrategy<MinCostFlowAssignment>();
        builder.Services.TryAddSingleton(services => new AssignmentSolver(services.GetServices<IAssignmentStrategy>().First()));
        builder.Services.TryAddSingleton(services => new StaffedScheduling(services.GetRequiredService<AllocationSolver>(), services.GetRequiredService<AssignmentSolver>()));
        return builder;
    }

    /// <summary>Registers an assignment strategy (a singleton; strategies are stateless), once.</summary>
    /// <typeparam name="TStrategy">The strategy.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddAssignmentStrategy<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStrategy>(this IPsoDomainBuilder builder)
        where TStrategy : class, IAssignmentStrategy
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAssignmentStrategy, TStrategy>());
        return builder;
    }

    /// <summary>Registers an allocation strategy (a singleton; strategies are stateless), once.</summary>
    /// <typeparam name="TStrategy">The strategy.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IPsoDomainBuilder AddStrategy<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStrategy>(this IPsoDomainBuilder builder)
        where TStrategy : class, IAllocationStrategy
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAllocationStrategy, TStrategy>());
        return builder;
    }
}
