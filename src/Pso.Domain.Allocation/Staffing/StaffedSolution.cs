using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Allocation.Levelling;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>A schedule and who works on what.</summary>
public sealed class StaffedSolution
{
    private readonly ILookup<ActivityId, ResourceAssignment> _byActivity;

    internal StaffedSolution(LevellingSolution schedule, StaffingSolution staffing)
    {
        Schedule = schedule;
        Staffing = staffing;
        var activityOf = staffing
            .Problem.Demands.Where(d => d.Activity is not null)
            .ToLookup(d => d.Id, d => d.Activity!.Value);
        _byActivity = staffing.Assignments.ToLookup(a => activityOf[a.Demand].First());
    }

    /// <summary>Gets the schedule.</summary>
    public LevellingSolution Schedule { get; }

    /// <summary>Gets the staffing of the schedule: assignments, score, and every unit left unfilled with the
    /// reason.</summary>
    public StaffingSolution Staffing { get; }

    /// <summary>Gets who works on an activity, period by period.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>Its assignments, in period order.</returns>
    public ImmutableArray<ResourceAssignment> WhoWorksOn(ActivityId activity) =>
        [.. _byActivity[activity].OrderBy(a => a.Period)];
}
