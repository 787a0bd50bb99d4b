using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Resources;
using Pso.Domain.Resources.Capacity;
using Pso.Domain.Utility;

namespace Pso.Domain.Allocation.Staffing;

public sealed partial class StaffingProblem
{
    /// <summary>
    /// Builds a problem from the Resources engine: each person in the plan's pool becomes a candidate whose capacity in
    /// a period is what the plan says is available then (capacity less the bookings that count, so existing bookings
    /// stay as they are), in whole units; each demand is spread over the periods it overlaps in proportion to its days
    /// in each, in whole units that add up to its effort. A person's skills are those valid on the first period's first
    /// day; the projects they are booked on count for continuity; a demand's priority (0 to 1,000) becomes its weight
    /// (priority + 1).
    /// </summary>
    /// <param name="plan">The capacity plan.</param>
    /// <param name="demands">The demands to fill.</param>
    /// <param name="periods">The periods, in order, without gaps or overlaps: period <c>i</c> of the problem is
    /// <c>periods[i]</c>.</param>
    /// <param name="unit">The work one unit stands for, such as one hour.</param>
    /// <param name="objective">The weights of the soft terms; <see cref="StaffingObjective.Default"/> when
    /// null.</param>
    /// <param name="costRate">Each person's cost per unit, when known.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentException">The periods are empty, or the unit is not positive.</exception>
    public static StaffingProblem FromCapacityPlan(
        CapacityPlan plan,
        IEnumerable<Demand> demands,
        IReadOnlyList<DateInterval> periods,
        Work unit,
        StaffingObjective? objective = null,
        Func<Resource, Money?>? costRate = null
    )
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(demands);
        ArgumentNullException.ThrowIfNull(periods);
        Preconditions.CheckArgument(periods.Count > 0, nameof(periods), "At least one period is needed.");
        Preconditions.CheckArgument(unit.Hours > 0, nameof(unit), "The unit of work must be positive.");
        LocalDate first = periods[0].Start;
        var bookedOn = plan.Bookings.ToLookup(b => b.Resource, b => b.Project);
        var candidates = plan.Pool.Resources.Select(r => new Candidate(
            r.Id,
            [.. periods.Select(p => (int)decimal.Floor(plan.Available(r.Id, p).Hours / unit.Hours))]
        )
        {
            Roles = r.Roles,
            Skills = [.. r.Skills.Where(s => s.Expires is not LocalDate expires || expires >= first)],
            CostRate = costRate?.Invoke(r),
            Projects = [.. bookedOn[r.Id].Distinct()],
        });
        var rows = new List<StaffingDemand>();
        foreach (Demand demand in demands)
        {
            int total = (int)decimal.Round(demand.Effort.Hours / unit.Hours, MidpointRounding.AwayFromZero);
            var overlap = periods.Select(p => Overlap(p, demand.Dates.Start, demand.Dates.End)).ToArray();
            int days = overlap.Sum();
            if (days == 0 || total == 0)
            {
                continue;
            }
            // Whole units by largest remainder, so that the periods' units add up to the demand's.
            long[] units = LargestRemainder.Split(total, [.. overlap.Select(o => (long)o)]);
            for (int i = 0; i < periods.Count; i++)
            {
                if (units[i] > 0)
                {
                    rows.Add(
                        new StaffingDemand(demand.Id, i, (int)units[i])
                        {
                            Project = demand.Project,
                            Activity = demand.Activity,
                            Role = demand.Role,
                            Skills = demand.Skills,
                            Weight = Math.Max(0, demand.Priority) + 1,
                        }
                    );
                }
            }
        }
        return new StaffingProblem(rows, candidates, objective);
    }

    private static int Overlap(DateInterval period, LocalDate start, LocalDate end)
    {
        LocalDate from = LocalDate.Max(period.Start, start);
        LocalDate to = LocalDate.Min(period.End, end);
        return to < from ? 0 : Period.DaysBetween(from, to) + 1;
    }
}
