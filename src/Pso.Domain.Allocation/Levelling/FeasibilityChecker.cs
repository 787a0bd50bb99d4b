using System;
using System.Collections.Immutable;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>
/// Checks a schedule against a problem's rules, independently of any strategy: every activity starts at or after its
/// release, every precedence (with its lag) holds, and no role is used beyond its capacity in any period (the capacity
/// of that period, where it varies). Integrators use it to check their own strategies.
/// </summary>
public static class FeasibilityChecker
{
    /// <summary>Checks a schedule.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="starts">Each activity's start period, in the problem's order of activities.</param>
    /// <returns>Every violation; empty when the schedule is feasible.</returns>
    public static ImmutableArray<ScheduleViolation> Check(LevellingProblem problem, ImmutableArray<int> starts)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var found = ImmutableArray.CreateBuilder<ScheduleViolation>();
        if (starts.Length != problem.Activities.Length)
        {
            found.Add(
                new ScheduleViolation(
                    ViolationKind.Incomplete,
                    null,
                    $"The schedule has {starts.Length} starts for {problem.Activities.Length} activities."
                )
            );
            return found.ToImmutable();
        }
        for (int i = 0; i < starts.Length; i++)
        {
            LevellingActivity activity = problem.Activities[i];
            if (starts[i] < activity.Release)
            {
                found.Add(
                    new ScheduleViolation(
                        ViolationKind.Release,
                        activity.Id,
                        $"Activity '{activity.Id}' starts in period {starts[i]}, before its release {activity.Release}."
                    )
                );
            }
        }
        foreach (Precedence precedence in problem.Precedences)
        {
            int before = problem.IndexOf(precedence.Predecessor);
            int after = problem.IndexOf(precedence.Successor);
            int earliest =
                starts[before]
                + precedence.StartOffset(problem.Activities[before].Duration, problem.Activities[after].Duration);
            if (starts[after] < earliest)
            {
                found.Add(
                    new ScheduleViolation(
                        ViolationKind.Precedence,
                        precedence.Successor,
                        $"Activity '{precedence.Successor}' starts in period {starts[after]}, before "
                            + $"'{precedence.Predecessor}' allows ({earliest})."
                    )
                );
            }
        }
        // Capacity, role by role, period by period: a sweep over each activity's periods.
        int horizon = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            horizon = Math.Max(horizon, starts[i] + problem.Activities[i].Duration);
        }
        foreach (RoleCapacity role in problem.Capacities)
        {
            int[] use = new int[horizon + 1];
            for (int i = 0; i < starts.Length; i++)
            {
                foreach (RoleDemand demand in problem.Activities[i].Demands)
                {
                    if (demand.Role == role.Role)
                    {
                        for (int t = Math.Max(0, starts[i]); t < starts[i] + problem.Activities[i].Duration; t++)
                        {
                            use[t] += demand.Units;
                        }
                    }
                }
            }
            for (int t = 0; t < use.Length; t++)
            {
                if (use[t] > role.UnitsIn(t))
                {
                    found.Add(
                        new ScheduleViolation(
                            ViolationKind.Capacity,
                            null,
                            $"Role '{role.Role}' is used {use[t]} units in period {t}; its capacity is "
                                + $"{role.UnitsIn(t)}."
                        )
                    );
                }
            }
        }
        return found.ToImmutable();
    }
}
