using Pso.Domain.Scheduling;

namespace Pso.Domain.Allocation.Planning;

/// <summary>A dependency between activities of two projects of the portfolio, of any link type with a lag in working
/// time on the successor's calendar.</summary>
/// <param name="PredecessorProject">The predecessor's project.</param>
/// <param name="Predecessor">The activity that comes first.</param>
/// <param name="SuccessorProject">The successor's project.</param>
/// <param name="Successor">The activity that follows.</param>
public sealed record PortfolioLink(
    ProjectId PredecessorProject,
    ActivityId Predecessor,
    ProjectId SuccessorProject,
    ActivityId Successor
)
{
    /// <summary>Gets which ends the link joins; finish-to-start by default.</summary>
    public DependencyType Type { get; init; } = DependencyType.FinishToStart;

    /// <summary>Gets the lag in working time on the successor's calendar; negative for a lead. None by
    /// default.</summary>
    public NodaTime.Duration Lag { get; init; }
}
