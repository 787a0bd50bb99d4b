using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;

namespace Pso.Domain.Benchmarks.Allocation;

/// <summary>Seeded random resource-constrained problems in the manner of PSPLIB's generator: durations of one to ten
/// periods, one to three predecessors each among the recent activities, four roles each used by an activity with a
/// chance of one half (at least one) at one to ten units, and each role's capacity a third of the way from the largest
/// single demand to the peak of the unconstrained earliest-start schedule (a resource strength of about 0.3).</summary>
public static class RandomRcpsp
{
    public static LevellingProblem Create(int activities, int seed)
    {
        const int Roles = 4;
        var random = new Random(seed);
        var roles = Enumerable
            .Range(0, Roles)
            .Select(r => new RoleId("R" + r.ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        var ids = Enumerable
            .Range(0, activities)
            .Select(j => new ActivityId("J" + j.ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        int[] duration = new int[activities];
        int[,] demand = new int[activities, Roles];
        var predecessors = new List<int>[activities];
        for (int j = 0; j < activities; j++)
        {
            duration[j] = random.Next(1, 11);
            int first = random.Next(Roles);
            for (int r = 0; r < Roles; r++)
            {
                demand[j, r] = r == first || random.Next(2) == 0 ? random.Next(1, 11) : 0;
            }
            predecessors[j] = [];
            int count = j == 0 ? 0 : random.Next(1, 4);
            for (int k = 0; k < count; k++)
            {
                int from = Math.Max(0, j - 1 - random.Next(Math.Min(j, 15)));
                if (!predecessors[j].Contains(from))
                {
                    predecessors[j].Add(from);
                }
            }
        }
        int[] earliest = new int[activities];
        for (int j = 0; j < activities; j++)
        {
            earliest[j] = predecessors[j].Select(p => earliest[p] + duration[p]).DefaultIfEmpty(0).Max();
        }
        int horizon = Enumerable.Range(0, activities).Max(j => earliest[j] + duration[j]);
        var capacities = new List<RoleCapacity>(Roles);
        for (int r = 0; r < Roles; r++)
        {
            int[] use = new int[horizon];
            int largest = 0;
            for (int j = 0; j < activities; j++)
            {
                largest = Math.Max(largest, demand[j, r]);
                for (int t = earliest[j]; t < earliest[j] + duration[j]; t++)
                {
                    use[t] += demand[j, r];
                }
            }
            capacities.Add(new RoleCapacity(roles[r], largest + ((use.Max() - largest) * 3 / 10)));
        }
        var list = Enumerable
            .Range(0, activities)
            .Select(j => new LevellingActivity(ids[j], duration[j])
            {
                Demands =
                [
                    .. Enumerable
                        .Range(0, Roles)
                        .Where(r => demand[j, r] > 0)
                        .Select(r => new RoleDemand(roles[r], demand[j, r])),
                ],
            });
        var links = Enumerable
            .Range(0, activities)
            .SelectMany(j => predecessors[j].Select(p => new Precedence(ids[p], ids[j])));
        return new LevellingProblem(list, links, capacities);
    }
}
