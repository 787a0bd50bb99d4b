using System;
using System.Collections.Generic;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>
/// A staffing problem in flat arrays: each demand's units still to fill after pinned assignments, and its arcs to
/// the qualified people with capacity left in its period, each with its cost per unit in points.
/// </summary>
internal sealed class StaffingFlowNetwork
{
    internal StaffingFlowNetwork(StaffingProblem problem)
    {
        var demands = problem.Demands;
        var candidates = problem.Candidates;
        _candidates = candidates;
        int n = demands.Length;
        Need = new int[n];
        ArcStart = new int[n + 1];
        var left = new Dictionary<long, int>();
        for (int i = 0; i < n; i++)
        {
            Need[i] = demands[i].Units;
        }
        foreach (ResourceAssignment pin in problem.Pinned)
        {
            problem.TryDemandIndex(pin.Demand, pin.Period, out int d);
            problem.TryCandidateIndex(pin.Resource, out int c);
            Need[d] -= pin.Units;
            long key = Key(c, pin.Period);
            left[key] = (left.TryGetValue(key, out int l) ? l : candidates[c].CapacityIn(pin.Period)) - pin.Units;
        }
        CapacityLeft = left;
        // Candidates by skill, with their level, best first, and by role, so that each demand looks only at people who
        // have its first skill at its level or its role.
        var bySkill = new Dictionary<SkillId, List<(int Candidate, int Level)>>();
        var byRole = new Dictionary<RoleId, List<int>>();
        for (int c = 0; c < candidates.Length; c++)
        {
            foreach (ResourceSkill s in candidates[c].Skills)
            {
                if (!bySkill.TryGetValue(s.Skill, out var holders))
                {
                    bySkill[s.Skill] = holders = [];
                }
                if (holders.Count > 0 && holders[^1].Candidate == c)
                {
                    holders[^1] = (c, Math.Max(holders[^1].Level, s.Proficiency));
                }
                else
                {
                    holders.Add((c, s.Proficiency));
                }
            }
            foreach (RoleId r in candidates[c].Roles)
            {
                Add(byRole, r, c);
            }
        }
        foreach (var holders in bySkill.Values)
        {
            holders.Sort(
                (a, b) => a.Level != b.Level ? b.Level.CompareTo(a.Level) : a.Candidate.CompareTo(b.Candidate)
            );
        }
        long[] rate = new long[candidates.Length];
        for (int c = 0; c < candidates.Length; c++)
        {
            rate[c] = candidates[c].CostRate is Money m ? (long)(m.Amount / m.Currency.MinorUnit) : 0;
        }
        var arcCandidate = new List<int>();
        var arcCost = new List<long>();
        StaffingObjective w = problem.Objective;
        long highest = 0;
        var people = new HashSet<long>();
        List<int> all = [.. System.Linq.Enumerable.Range(0, candidates.Length)];
        var qualified = new List<int>();
        int[] level = new int[candidates.Length];
        for (int d = 0; d < n; d++)
        {
            StaffingDemand demand = demands[d];
            List<int> pool;
            // One skill and no role: the holders at the level are exactly the qualified people.
            bool bySkillAlone = demand.Skills.Length == 1 && demand.Role is null;
            if (!demand.Skills.IsEmpty)
            {
                qualified.Clear();
                int minimum = demand.Skills[0].MinimumProficiency;
                if (bySkill.TryGetValue(demand.Skills[0].Skill, out var holders))
                {
                    for (int e = 0; e < holders.Count && holders[e].Level >= minimum; e++)
                    {
                        qualified.Add(holders[e].Candidate);
                        level[holders[e].Candidate] = holders[e].Level - minimum;
                    }
                }
                qualified.Sort(); // arcs in the order of the people, whatever their levels
                pool = qualified;
            }
            else
            {
                pool = demand.Role is RoleId role ? (byRole.TryGetValue(role, out var r) ? r : []) : all;
            }
            foreach (int c in pool)
            {
                int above = bySkillAlone ? level[c] : StaffingProblem.OverQualification(demand, candidates[c]);
                if (above < 0)
                {
                    continue;
                }
                if (Left(c, demand.Period) <= 0)
                {
                    continue;
                }
                long cost = checked(
                    w.Cost * rate[c]
                    + w.OverQualification * above
                    + (!demand.Preferred.IsEmpty && !demand.Preferred.Contains(candidates[c].Id) ? w.Preference : 0)
                    + (!candidates[c].Projects.Contains(demand.Project) ? w.Continuity : 0)
                );
                arcCandidate.Add(c);
                arcCost.Add(cost);
                highest = Math.Max(highest, cost);
                people.Add(Key(c, demand.Period));
            }
            ArcStart[d + 1] = arcCandidate.Count;
        }
        ArcCandidate = [.. arcCandidate];
        ArcCost = [.. arcCost];
        // A plan that fills more (weighted) units than another differs from it by a cycle that fills at least one more
        // unit while moving it across at most as many demand-to-person arcs as there are demands or person-periods: an
        // unfilled unit dearer than all of them keeps the levels lexicographic.
        UnfilledPenalty = checked(Math.Min(n, people.Count) * highest + 1);
    }

    /// <summary>Units each demand still needs after pinned assignments.</summary>
    internal int[] Need { get; }

    /// <summary>Where each demand's arcs begin in <see cref="ArcCandidate"/> and <see cref="ArcCost"/>.</summary>
    internal int[] ArcStart { get; }

    /// <summary>The person at the end of each arc.</summary>
    internal int[] ArcCandidate { get; }

    /// <summary>The soft points per unit of each arc.</summary>
    internal long[] ArcCost { get; }

    /// <summary>The points of an unfilled unit of weight 1.</summary>
    internal long UnfilledPenalty { get; }

    private readonly System.Collections.Immutable.ImmutableArray<Candidate> _candidates;

    /// <summary>Capacity left after pinned assignments, for the person-periods they touch.</summary>
    private Dictionary<long, int> CapacityLeft { get; }

    /// <summary>Gets the capacity a person has left in a period after pinned assignments.</summary>
    internal int Left(int candidate, int period) =>
        CapacityLeft.TryGetValue(Key(candidate, period), out int left)
            ? left
            : _candidates[candidate].CapacityIn(period);

    internal static long Key(int candidate, int period) => ((long)candidate << 32) | (uint)period;

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int c)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out List<int>? list))
        {
            index[key] = list = [];
        }
        if (list.Count == 0 || list[^1] != c)
        {
            list.Add(c);
        }
    }
}
