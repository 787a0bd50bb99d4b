using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Scheduling;

/// <summary>Raised when the dependencies of a project form a cycle, so no activity in it can be scheduled first.</summary>
public sealed class NetworkCycleException : PsoDomainException
{
    /// <summary>Initialises the error for the activities of one cycle.</summary>
    /// <param name="cycle">The activities of the cycle in link order; each depends on the one before it, and the first on
    /// the last.</param>
    public NetworkCycleException(IEnumerable<ActivityId> cycle)
        : this([.. cycle])
    {
    }

    private NetworkCycleException(ImmutableArray<ActivityId> cycle)
        : base(SchedulingErrorCodes.Cycle,
            $"The dependencies form a cycle of {cycle.Length:N0} activities: {ErrorText.List(cycle.Append(cycle.FirstOrDefault()).Select(a => a.Value), " -> ")}. Remove or reverse one of these links.")
    {
        Cycle = cycle;
    }

    /// <summary>Gets the activities of the cycle in link order.</summary>
    public ImmutableArray<ActivityId> Cycle { get; }
}
