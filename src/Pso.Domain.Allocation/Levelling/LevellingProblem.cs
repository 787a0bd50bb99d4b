using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>
/// What the levelling solver decides: when each activity of a portfolio runs, in whole periods (working days, say),
/// so that precedence holds and no role is used beyond its capacity in any period.
///</summary>
/// <remarks>
/// <para>Activities take a whole number of periods and use whole units of roles in every period they run. A precedence
/// joins any two ends (finish-to-start by default) with a lag in periods, negative for a lead. Roles have a capacity
/// in units per period, constant or varying period by period (<see cref="RoleCapacity.ByPeriod"/>) before it
/// settles.</para>
/// <para>Building a problem checks it whole and reports every problem at once in a <see cref="ValidationException"/>
/// naming the record: duplicate ids, unknown activities or roles, negative durations, an unknown link type, a demand
/// above its role's settled capacity (which no schedule can be sure to meet), and a precedence cycle. Instances are
/// immutable and thread-safe.</para>
/// </remarks>
public sealed class LevellingProblem
{
    private readonly FrozenDictionary<ActivityId, int> _indexById;

    /// <summary>Initialises and checks a problem.</summary>
    /// <param name="activities">The activities.</param>
    /// <param name="precedences">The finish-to-start precedences.</param>
    /// <param name="capacities">Each role's capacity in units per period.</param>
    /// <param name="projects">The projects' due periods and weights, for the multi-project objectives; a project
    /// without one has weight 1 and no due period.</param>
    /// <exception cref="ValidationException">The problem is inconsistent; every problem is listed.</exception>
    public LevellingProblem(
        IEnumerable<LevellingActivity> activities,
        IEnumerable<Precedence> precedences,
        IEnumerable<RoleCapacity> capacities,
        IEnumerable<ProjectGoal>? projects = null
    )
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(precedences);
        ArgumentNullException.ThrowIfNull(capacities);
        Activities = [.. activities];
        Precedences = [.. precedences];
        Capacities = [.. capacities];
        Projects = projects is null ? [] : [.. projects];
        var errors = new List<ValidationError>();
        var goals = new HashSet<ProjectId>();
        foreach (ProjectGoal goal in Projects)
        {
            if (!goals.Add(goal.Project))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.Duplicate,
                        $"Project '{goal.Project}' has its goal given twice.",
                        goal.Project.Value,
                        "project"
                    )
                );
            }
            if (goal.Weight < 1 || goal.Due < 0)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.NegativeAmount,
                        $"Project '{goal.Project}' has a weight below 1 or a negative due period.",
                        goal.Project.Value,
                        "weight"
                    )
                );
            }
        }
        var capacity = new Dictionary<RoleId, int>();
        foreach (RoleCapacity role in Capacities)
        {
            if (!capacity.TryAdd(role.Role, role.Units))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.Duplicate,
                        $"Role '{role.Role}' has its capacity given twice.",
                        role.Role.Value,
                        "role"
                    )
                );
            }
            int negative = role.ByPeriod.AsSpan().IndexOfAnyInRange(int.MinValue, -1);
            if (role.Units < 0 || negative >= 0)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.NegativeAmount,
                        role.Units < 0
                            ? $"Role '{role.Role}' has a negative capacity ({role.Units})."
                            : $"Role '{role.Role}' has a negative capacity in period {negative} "
                                + $"({role.ByPeriod[negative]}).",
                        role.Role.Value,
                        "units"
                    )
                );
            }
        }
        var index = new Dictionary<ActivityId, int>();
        for (int i = 0; i < Activities.Length; i++)
        {
            LevellingActivity activity = Activities[i];
            string id = activity.Id.Value;
            if (!index.TryAdd(activity.Id, i))
            {
                errors.Add(ValidationError.Duplicate(AllocationErrorCodes.Duplicate, "Activity", id));
            }
            if (activity.Duration < 0 || activity.Release < 0)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.NegativeAmount,
                        $"Activity '{id}' has a negative duration or release "
                            + $"({activity.Duration}, {activity.Release}).",
                        id,
                        "duration"
                    )
                );
            }
            foreach (RoleDemand demand in activity.Demands)
            {
                if (!capacity.TryGetValue(demand.Role, out int available))
                {
                    errors.Add(
                        ValidationError.ForRecord(
                            AllocationErrorCodes.UnknownRole,
                            $"Activity '{id}' needs role '{demand.Role}', which has no capacity.",
                            id,
                            "demands"
                        )
                    );
                }
                else if (demand.Units > available)
                {
                    errors.Add(
                        ValidationError.ForRecord(
                            AllocationErrorCodes.DemandAboveCapacity,
                            $"Activity '{id}' needs {demand.Units} units of '{demand.Role}', whose capacity is "
                                + $"{available}: no schedule can run it.",
                            id,
                            "demands"
                        )
                    );
                }
                if (demand.Units < 0)
                {
                    errors.Add(
                        ValidationError.ForRecord(
                            AllocationErrorCodes.NegativeAmount,
                            $"Activity '{id}' needs a negative amount of '{demand.Role}'.",
                            id,
                            "demands"
                        )
                    );
                }
            }
        }
        foreach (Precedence precedence in Precedences)
        {
            foreach (
                ActivityId end in new[] { precedence.Predecessor, precedence.Successor }.Where(e =>
                    !index.ContainsKey(e)
                )
            )
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.UnknownActivity,
                        $"Precedence {precedence.Predecessor} -> {precedence.Successor} names activity '{end}', "
                            + "which the problem does not have.",
                        precedence.Successor.Value,
                        "precedence"
                    )
                );
            }
            if (!Enum.IsDefined(precedence.Type))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        AllocationErrorCodes.OutOfRange,
                        $"Precedence {precedence.Predecessor} -> {precedence.Successor} has no link type "
                            + $"({(int)precedence.Type}).",
                        precedence.Successor.Value,
                        "type"
                    )
                );
            }
        }
        // The horizon bounds every start the engines compute; beyond it their arithmetic would overflow.
        long horizon =
            Activities
                .Select(a => (long)Math.Max(0, a.Release))
                .Concat(Capacities.Select(c => (long)c.ByPeriod.Length))
                .DefaultIfEmpty(0)
                .Max()
            + Activities.Sum(a => (long)Math.Max(0, a.Duration))
            + Precedences.Sum(p => Math.Abs((long)p.Lag));
        if (horizon > MaxHorizon)
        {
            LevellingActivity? longest = Activities.MaxBy(a => Math.Max(a.Duration, a.Release));
            Precedence? widest = Precedences.MaxBy(p => Math.Abs((long)p.Lag));
            string part =
                widest is not null
                && (longest is null || Math.Abs((long)widest.Lag) > Math.Max(longest.Duration, longest.Release))
                    ? $"precedence {widest.Predecessor} -> {widest.Successor} has a lag of {widest.Lag:N0}"
                    : $"activity '{longest!.Id}' has a duration of {longest.Duration:N0} and a release of "
                        + $"{longest.Release:N0}";
            string record = part.StartsWith("precedence", StringComparison.Ordinal)
                ? widest!.Successor.Value
                : longest!.Id.Value;
            errors.Add(
                ValidationError.ForRecord(
                    AllocationErrorCodes.OutOfRange,
                    $"The problem spans {horizon:N0} periods (the latest release plus every duration and lag), more "
                        + $"than the {MaxHorizon:N0} it may; {part}.",
                    record,
                    part.StartsWith("precedence", StringComparison.Ordinal) ? "lag" : "duration"
                )
            );
        }
        foreach (ProjectGoal goal in Projects.Where(g => g.Weight > MaxWeight || g.Due > MaxHorizon))
        {
            errors.Add(
                ValidationError.ForRecord(
                    AllocationErrorCodes.OutOfRange,
                    $"Project '{goal.Project}' has a weight above {MaxWeight:N0} or a due period beyond "
                        + $"{MaxHorizon:N0}.",
                    goal.Project.Value,
                    "weight"
                )
            );
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
        _indexById = index.ToFrozenDictionary();
        Model = new DenseModel(this, index, [.. Capacities.Select(c => c.Role)], Projects);
    }

    /// <summary>The most periods a problem may span, from period 0 to the latest release plus every duration and lag:
    /// ten million (hours over a thousand years), so that no start, finish or score can overflow.</summary>
    public const int MaxHorizon = 10_000_000;

    /// <summary>The largest weight a project may have: 1,000.</summary>
    public const int MaxWeight = 1_000;

    /// <summary>Gets the activities, in the order given.</summary>
    public ImmutableArray<LevellingActivity> Activities { get; }

    /// <summary>Gets the precedences, in the order given.</summary>
    public ImmutableArray<Precedence> Precedences { get; }

    /// <summary>Gets the roles' capacities, in the order given.</summary>
    public ImmutableArray<RoleCapacity> Capacities { get; }

    /// <summary>Gets the projects' due periods and weights, in the order given.</summary>
    public ImmutableArray<ProjectGoal> Projects { get; }

    /// <summary>Gets what the solver minimises; <see cref="LevellingObjective.Makespan"/> by default. Whatever the
    /// objective, ties go to the shorter makespan.</summary>
    public LevellingObjective Objective { get; init; }

    /// <summary>Gets the length of the longest path through the precedences (durations and lags, from the releases): no
    /// schedule is shorter.</summary>
    public int CriticalPathBound => Model.CriticalPathBound;

    internal DenseModel Model { get; }

    internal int IndexOf(ActivityId id) => _indexById[id];

    internal bool TryIndexOf(ActivityId id, out int index) => _indexById.TryGetValue(id, out index);
}
