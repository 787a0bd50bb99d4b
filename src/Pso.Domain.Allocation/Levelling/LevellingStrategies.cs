using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;
using Pso.Domain.Utility;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>The strategies a host has registered, by name; the first registered is the default.</summary>
/// <remarks>Hosts get it from dependency injection (<c>AddAllocation()</c>, <c>AddLevellingStrategy&lt;T&gt;()</c>); it
/// can also
/// be built by hand. Instances are immutable and thread-safe.</remarks>
public sealed class LevellingStrategies
{
    /// <summary>Initialises the catalogue.</summary>
    /// <param name="strategies">The strategies; names must be unique.</param>
    /// <exception cref="ArgumentException">There is no strategy, or two share a name.</exception>
    public LevellingStrategies(IEnumerable<ILevellingStrategy> strategies)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        All = [.. strategies];
        Preconditions.CheckArgument(!All.IsEmpty, nameof(strategies), "At least one levelling strategy is needed.");
        string? twice = All.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        Preconditions.CheckArgument(
            twice is null,
            nameof(strategies),
            $"Two levelling strategies are named '{twice}'."
        );
    }

    /// <summary>Gets every strategy, in the order registered.</summary>
    public ImmutableArray<ILevellingStrategy> All { get; }

    /// <summary>Gets the default strategy: the first registered.</summary>
    public ILevellingStrategy Default => All[0];

    /// <summary>Returns a solver that runs the named strategy.</summary>
    /// <param name="name">The strategy's name, such as <c>genetic</c>.</param>
    /// <returns>The solver.</returns>
    /// <exception cref="UnknownIdException">No strategy has that name; the message lists the names known.</exception>
    public LevellingSolver SolverFor(string name) =>
        new(
            All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
                ?? throw new UnknownIdException(
                    AllocationErrorCodes.UnknownStrategy,
                    name,
                    $"No levelling strategy is named '{name}'; known: {string.Join(", ", All.Select(s => s.Name))}."
                )
        );
}
