using System;
using System.Collections.Generic;
using System.Linq;

namespace Pso.Domain.Allocation.Planning;

internal sealed partial class PlanRun
{
    /// <summary>The levelling column of each person: people who are interchangeable share one.</summary>
    private int[] _poolOf = [];

    /// <summary>The people in each levelling column, in pool order.</summary>
    private List<int[]> _pools = [];

    /// <summary>Groups people who are interchangeable for the levelled work into one levelling column: the same free
    /// units in every period, the same settled and most units, and qualified for exactly the same needs. Levelling
    /// them as one capacity (the sum of theirs) loses nothing, because a schedule that fits the sum can be staffed
    /// person by person (<see cref="Distribute"/>), and it lets levelling move work between them instead of keeping
    /// each task on the person chosen before.</summary>
    private void FormPools(List<PlanTask> levelled)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var memberOf = new List<int>[_people.Length];
        for (int r = 0; r < _people.Length; r++)
        {
            memberOf[r] = [];
        }
        foreach (PlanNeed need in levelled.SelectMany(t => t.Needs))
        {
            string key = string.Join(',', need.Qualified);
            if (!groups.TryGetValue(key, out int group))
            {
                group = groups.Count;
                groups[key] = group;
                foreach (int person in need.Qualified)
                {
                    memberOf[person].Add(group);
                }
            }
        }
        _poolOf = new int[_people.Length];
        _pools = [];
        var pools = new Dictionary<int, List<int>>();
        var members = new List<List<int>>();
        for (int r = 0; r < _people.Length; r++)
        {
            int hash = HashCode.Combine(_settled[r], _most[r], memberOf[r].Count);
            foreach (int g in memberOf[r])
            {
                hash = HashCode.Combine(hash, g);
            }
            foreach (int units in _free[r])
            {
                hash = HashCode.Combine(hash, units);
            }
            if (!pools.TryGetValue(hash, out List<int>? candidates))
            {
                candidates = [];
                pools[hash] = candidates;
            }
            int pool = candidates.FirstOrDefault(c => Interchangeable(members[c][0], r, memberOf), -1);
            if (pool < 0)
            {
                pool = members.Count;
                members.Add([]);
                candidates.Add(pool);
            }
            members[pool].Add(r);
            _poolOf[r] = pool;
        }
        _pools = [.. members.Select(m => m.ToArray())];
    }

    private bool Interchangeable(int a, int b, List<int>[] memberOf) =>
        _settled[a] == _settled[b]
        && _most[a] == _most[b]
        && memberOf[a].SequenceEqual(memberOf[b])
        && _free[a].AsSpan().SequenceEqual(_free[b]);

    /// <summary>Says whether choosing people can change the levelling problem: some need is met by people of more
    /// than one pool.</summary>
    private bool HasChoices(List<PlanTask> levelled) =>
        levelled
            .SelectMany(t => t.Needs)
            .Any(n => n.Qualified.Length > 1 && n.Qualified.Any(p => _poolOf[p] != _poolOf[n.Qualified[0]]));

    /// <summary>Gives the work levelled on each pool of several people to its members along the levelled starts:
    /// tasks in order of start, each share of a pool to the member it fits best whole (the one with the least free
    /// units that still hold it), else spread over the members with the most free. A share no member can take,
    /// which a pool whose people vary in time can leave, stays with the people chosen before.</summary>
    private void Distribute(List<PlanTask> levelled, int[] starts)
    {
        var used = new Dictionary<int, int[]>();
        int[] UsedOf(int person) =>
            used.TryGetValue(person, out int[]? u) ? u : used[person] = new int[_axis.Length + 1];
        foreach (PlanTask task in levelled.OrderBy(t => starts[t.Index]).ThenBy(t => t.Index))
        {
            int start = starts[task.Index];
            foreach (PlanNeed need in task.Needs)
            {
                var shares = need
                    .Assigned.GroupBy(a => _poolOf[a.Person])
                    .Where(g => _pools[g.Key].Length > 1)
                    .Select(g => (Pool: g.Key, Units: g.Sum(a => a.Units)))
                    .ToList();
                if (shares.Count == 0)
                {
                    continue;
                }
                var kept = need.Assigned.Where(a => _pools[_poolOf[a.Person]].Length == 1).ToList();
                foreach ((int pool, int units) in shares)
                {
                    kept.AddRange(Share(pool, units, start, task.Duration, UsedOf, need));
                }
                need.Assigned = kept;
            }
        }
    }

    private List<(int Person, int Units)> Share(
        int pool,
        int units,
        int start,
        int duration,
        Func<int, int[]> usedOf,
        PlanNeed need
    )
    {
        int end = Math.Min(start + duration, _axis.Length);
        int Free(int person)
        {
            int[] u = usedOf(person);
            int least = int.MaxValue;
            for (int t = start; t < end; t++)
            {
                least = Math.Min(least, FreeIn(person, t) - u[t]);
            }
            return least == int.MaxValue ? _settled[person] : Math.Max(0, least);
        }
        var free = _pools[pool].Select(p => (Person: p, Free: Free(p))).ToList();
        var chosen = new List<(int Person, int Units)>();
        (int Person, int Free) whole = free.Where(f => f.Free >= units).OrderBy(f => f.Free).FirstOrDefault((-1, 0));
        if (whole.Person >= 0)
        {
            chosen.Add((whole.Person, units));
        }
        else
        {
            int left = units;
            foreach ((int person, int room) in free.Where(f => f.Free > 0).OrderByDescending(f => f.Free))
            {
                int take = Math.Min(left, room);
                chosen.Add((person, take));
                left -= take;
                if (left == 0)
                {
                    break;
                }
            }
            if (left > 0)
            {
                // The pool's total held it but no split over its members does: keep the earlier choice.
                chosen = [.. need.Assigned.Where(a => _poolOf[a.Person] == pool)];
            }
        }
        foreach ((int person, int given) in chosen)
        {
            int[] u = usedOf(person);
            for (int t = start; t < end; t++)
            {
                u[t] += given;
            }
        }
        return chosen;
    }
}
