using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>Checks a plan of assignments against a problem's rules, independently of any strategy: every assignment
/// names a known demand and person and has units; the person qualifies; nobody works beyond their capacity in a period,
/// nor in a period in which they have none; no demand gets more than it wants; every pinned assignment is kept.
///</summary>
public static class StaffingChecker
{
    /// <summary>Checks a plan.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="assignments">Every assignment, pinned ones included.</param>
    /// <returns>Every violation; empty when the plan is feasible.</returns>
    public static ImmutableArray<ScheduleViolation> Check(
        StaffingProblem problem,
        IEnumerable<ResourceAssignment> assignments
    )
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(assignments);
        var found = ImmutableArray.CreateBuilder<ScheduleViolation>();
        var used = new Dictionary<(ResourceId, int), int>();
        var filled = new Dictionary<int, int>();
        var given = new List<ResourceAssignment>();
        foreach (ResourceAssignment a in assignments)
        {
            given.Add(a);
            if (
                !problem.TryDemandIndex(a.Demand, a.Period, out int d)
                || !problem.TryCandidateIndex(a.Resource, out int c)
            )
            {
                found.Add(
                    new ScheduleViolation(
                        ViolationKind.Incomplete,
                        null,
                        $"An assignment names demand '{a.Demand}' in period {a.Period} or person '{a.Resource}', "
                            + "unknown to the problem."
                    )
                );
                continue;
            }
            StaffingDemand demand = problem.Demands[d];
            Candidate person = problem.Candidates[c];
            if (a.Units <= 0)
            {
                found.Add(
                    new ScheduleViolation(
                        ViolationKind.Incomplete,
                        demand.Activity,
                        $"The assignment of '{a.Resource}' to '{a.Demand}' has {a.Units} units."
                    )
                );
            }
            if (!StaffingProblem.Qualifies(demand, person))
            {
                found.Add(
                    new ScheduleViolation(
                        ViolationKind.Qualification,
                        demand.Activity,
                        $"'{a.Resource}' does not have the role or skills demand '{a.Demand}' needs."
                    )
                );
            }
            if (person.CapacityIn(a.Period) == 0)
            {
                found.Add(
                    new ScheduleViolation(
                        ViolationKind.Calendar,
                        demand.Activity,
                        $"'{a.Resource}' has no working time in period {a.Period}."
                    )
                );
            }
            used[(a.Resource, a.Period)] = used.GetValueOrDefault((a.Resource, a.Period)) + a.Units;
            filled[d] = filled.GetValueOrDefault(d) + a.Units;
        }
        foreach (((ResourceId resource, int period), int units) in used)
        {
            problem.TryCandidateIndex(resource, out int c);
            int capacity = problem.Candidates[c].CapacityIn(period);
            if (units > capacity && capacity > 0)
            {
                found.Add(
                    new ScheduleViolation(
                        ViolationKind.Capacity,
                        null,
                        $"'{resource}' is given {units} units in period {period}; their capacity is {capacity}."
                    )
                );
            }
        }
        foreach ((int d, int units) in filled)
        {
            StaffingDemand demand = problem.Demands[d];
            if (units > demand.Units)
            {
                found.Add(
                    new ScheduleViolation(
                        ViolationKind.Overfilled,
                        demand.Activity,
                        $"Demand '{demand.Id}' gets {units} units in period {demand.Period}; it wants {demand.Units}."
                    )
                );
            }
        }
        foreach (ResourceAssignment pin in problem.Pinned.Where(p => !given.Contains(p)))
        {
            found.Add(
                new ScheduleViolation(
                    ViolationKind.Pinned,
                    null,
                    $"The pinned assignment of '{pin.Resource}' to '{pin.Demand}' in period {pin.Period} is missing."
                )
            );
        }
        return found.ToImmutable();
    }
}
