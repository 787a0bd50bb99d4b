using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Scheduling;

/// <summary>Raised when the dependencies of a project form a cycle, so no activity in it can be scheduled
/// first.</summary>
public sealed class NetworkCycleException : PsoDomainException
{
    /// <summary>Initialises the error for the activities of one cycle.</summary>
    /// <param name="cycle">The activities of the cycle in link order; each depends on the one before it, and the first
    /// on the last.</param>
    public NetworkCycleException(IEnumerable<ActivityId> cycle)
        : this([.. cycle], null) { }

    /// <summary>Initialises the error for the activities of one cycle read from a file.</summary>
    /// <param name="cycle">The activities of the cycle in link order.</param>
    /// <param name="file">The file the network was read from, named at the start of the message; null for none.</param>
    public NetworkCycleException(IEnumerable<ActivityId> cycle, string? file)
        : this([.. cycle], file) { }

    private NetworkCycleException(ImmutableArray<ActivityId> cycle, string? file)
        : base(
            SchedulingErrorCodes.Cycle,
            $"{(file is null ? "" : $"{ErrorText.Quote(file)}: ")}The dependencies form a cycle of {cycle.Length:N0} "
                + "activities: "
                + $"{ErrorText.List(cycle.Append(cycle.FirstOrDefault()).Select(a => a.Value), " -> ")}. Remove or "
                + "reverse one of these links."
        )
    {
        Cycle = cycle;
        File = file;
    }

    /// <summary>Gets the activities of the cycle in link order.</summary>
    public ImmutableArray<ActivityId> Cycle { get; }

    /// <summary>Gets the file the network was read from, if it was.</summary>
    public string? File { get; }
}
