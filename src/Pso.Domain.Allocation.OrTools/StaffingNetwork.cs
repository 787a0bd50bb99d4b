using System;
using System.Collections.Generic;
using System.Linq;
using Pso.Domain.Allocation.Staffing;

namespace Pso.Domain.Allocation.OrTools;

/// <summary>A staffing problem as OR-Tools models see it, built from the problem's public definition alone: units
/// each demand still needs after pinned assignments, capacity each person has left, and every qualified
/// demand-to-person arc with the objective's soft points per unit.</summary>
internal sealed class StaffingNetwork
{
    private readonly StaffingProblem _problem;
    private readonly Dictionary<(int, int), int> _left = [];

    internal StaffingNetwork(StaffingProblem problem)
    {
        _problem = problem;
        Need = [.. problem.Demands.Select(d => d.Units)];
        var candidateIndex = problem.Candidates.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var demandIndex = problem.Demands.Select((d, i) => ((d.Id, d.Period), i)).ToDictionary(x => x.Item1, x => x.i);
        foreach (ResourceAssignment pin in problem.Pinned)
        {
            Need[demandIndex[(pin.Demand, pin.Period)]] -= pin.Units;
            (int, int) key = (candidateIndex[pin.Resource], pin.Period);
            _left[key] = Left(key.Item1, key.Item2) - pin.Units;
        }
        for (int d = 0; d < problem.Demands.Length; d++)
        {
            for (int c = 0; c < problem.Candidates.Length; c++)
            {
                if (StaffingProblem.Qualifies(problem.Demands[d], problem.Candidates[c]))
                {
                    Arcs.Add((d, c, CostPerUnit(problem.Demands[d], problem.Candidates[c])));
                }
            }
        }
        // An unfilled unit dearer than every unit of every plan together keeps the levels lexicographic.
        UnfilledPenalty = checked(
            Arcs.Select(a => a.Cost).DefaultIfEmpty(0).Max() * Math.Max(1, Need.Sum(u => (long)Math.Max(0, u))) + 1
        );
    }

    internal int[] Need { get; }

    internal List<(int Demand, int Candidate, long Cost)> Arcs { get; } = [];

    internal long UnfilledPenalty { get; }

    internal int Left(int candidate, int period) =>
        _left.TryGetValue((candidate, period), out int left) ? left : _problem.Candidates[candidate].CapacityIn(period);

    /// <summary>The objective's soft points for one unit of a demand given to a person, from its definition.</summary>
    private long CostPerUnit(StaffingDemand demand, Candidate person)
    {
        StaffingObjective w = _problem.Objective;
        long minor = person.CostRate is Money rate ? (long)(rate.Amount / rate.Currency.MinorUnit) : 0;
        long above = demand.Skills.Sum(need =>
            person.Skills.Where(s => s.Skill == need.Skill).Max(s => s.Proficiency) - need.MinimumProficiency
        );
        bool preferred = demand.Preferred.IsEmpty || demand.Preferred.Contains(person.Id);
        bool continuing = person.Projects.Contains(demand.Project);
        return (w.Cost * minor)
            + (w.OverQualification * above)
            + (preferred ? 0 : w.Preference)
            + (continuing ? 0 : w.Continuity);
    }
}
