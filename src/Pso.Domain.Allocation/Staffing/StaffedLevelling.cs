using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>
/// The combination: schedule the activities against role capacity, then name the people for every role unit in every
/// period each activity runs, by exact assignment. The two stay consistent: each assignment demand is one activity's
/// need of one role in one period of its scheduled run, and anything the people cannot cover is reported, with the
/// reason, rather than dropped.
/// </summary>
public sealed class StaffedLevelling
{
    /// <summary>Initialises the combination with its two strategies.</summary>
    /// <param name="levelling">The levelling solver; one with <see cref="GeneticLevelling"/> when null.</param>
    /// <param name="staffing">The staffing solver; one with <see cref="MinCostFlowStaffing"/> when null.</param>
    public StaffedLevelling(LevellingSolver? levelling = null, StaffingSolver? staffing = null)
    {
        Levelling = levelling ?? new LevellingSolver();
        Staffing = staffing ?? new StaffingSolver();
    }

    /// <summary>Gets the levelling solver: when each activity runs.</summary>
    public LevellingSolver Levelling { get; }

    /// <summary>Gets the staffing solver: who does the work.</summary>
    public StaffingSolver Staffing { get; }

    /// <summary>Gets each role's capacity as the number of people whose first role it is: one unit per person per
    /// period, each person counted once, so that a schedule within these capacities can be staffed whenever people
    /// have their full capacity.</summary>
    /// <param name="people">The people.</param>
    /// <returns>The capacities, in order of first appearance.</returns>
    public static ImmutableArray<RoleCapacity> RoleCapacities(IEnumerable<Candidate> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return
        [
            .. people
                .Where(p => !p.Roles.IsEmpty)
                .GroupBy(p => p.Roles[0])
                .Select(g => new RoleCapacity(g.Key, g.Count())),
        ];
    }

    /// <summary>Schedules a problem, then staffs the schedule.</summary>
    /// <param name="problem">The activities, precedences and role capacities.</param>
    /// <param name="people">The people who may do the work; a person gives up to their capacity in units per
    /// period.</param>
    /// <param name="objective">The weights of the staffing's soft terms; the default when null.</param>
    /// <param name="options">Limits and seed for both steps; the default when null.</param>
    /// <param name="progress">Told of each better schedule, if given.</param>
    /// <param name="cancellationToken">Stops the run; what is found so far is returned.</param>
    /// <returns>The schedule and who works on what.</returns>
    public StaffedSolution Solve(
        LevellingProblem problem,
        IEnumerable<Candidate> people,
        StaffingObjective? objective = null,
        SolverOptions? options = null,
        IProgress<LevellingProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(people);
        LevellingSolution schedule = Levelling.Solve(problem, options, progress, cancellationToken);
        var demands = new List<StaffingDemand>();
        for (int i = 0; i < problem.Activities.Length; i++)
        {
            LevellingActivity activity = problem.Activities[i];
            foreach (RoleDemand need in activity.Demands.Where(d => d.Units > 0))
            {
                for (int t = schedule.Starts[i]; t < schedule.Starts[i] + activity.Duration; t++)
                {
                    demands.Add(
                        new StaffingDemand(DemandOf(activity.Id, need.Role), t, need.Units)
                        {
                            Project = activity.Project,
                            Activity = activity.Id,
                            Role = need.Role,
                        }
                    );
                }
            }
        }
        var staffing = new StaffingProblem(demands, people, objective);
        return new StaffedSolution(schedule, Staffing.Solve(staffing, options, cancellationToken));
    }

    /// <summary>Gets the id of the staffing demand for one role of one activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="role">The role.</param>
    /// <returns>The demand's id, <c>activity/role</c>.</returns>
    public static DemandId DemandOf(ActivityId activity, RoleId role) => new($"{activity}/{role}");
}
