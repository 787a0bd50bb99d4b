using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;

namespace Pso.Samples.CustomStrategy;

/// <summary>
/// An integrator's strategy: a priority rule. It takes eligible activities (all predecessors placed) shortest first
/// and starts each at the earliest period where its predecessors are done and every role has room. One schedule, no
/// search: quick and simple, never better than the built-in genetic strategy, and a fair baseline to compare with.
/// </summary>
internal sealed class ShortestFirst : ILevellingStrategy
{
    public string Name => "shortest-first";

    public LevellingResult Solve(
        LevellingProblem problem,
        SolverOptions options,
        IProgress<LevellingProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        int n = problem.Activities.Length;
        int[] start = new int[n];
        bool[] placed = new bool[n];
        var index = problem.Activities.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var usage = problem.Capacities.ToDictionary(c => c.Role, _ => new System.Collections.Generic.List<int>());
        int Used(Pso.Domain.RoleId role, int t) => t < usage[role].Count ? usage[role][t] : 0;
        for (int step = 0; step < n; step++)
        {
            int next = Enumerable
                .Range(0, n)
                .Where(j =>
                    !placed[j]
                    && problem.Precedences.Where(p => index[p.Successor] == j).All(p => placed[index[p.Predecessor]])
                )
                .OrderBy(j => problem.Activities[j].Duration)
                .ThenBy(j => j)
                .First();
            LevellingActivity activity = problem.Activities[next];
            int t = problem
                .Precedences.Where(p => index[p.Successor] == next)
                .Select(p =>
                    start[index[p.Predecessor]]
                    + p.StartOffset(problem.Activities[index[p.Predecessor]].Duration, activity.Duration)
                )
                .Append(activity.Release)
                .Max();
            while (
                Enumerable
                    .Range(t, activity.Duration)
                    .Any(tau =>
                        activity.Demands.Any(d =>
                            Used(d.Role, tau) + d.Units > problem.Capacities.First(c => c.Role == d.Role).UnitsIn(tau)
                        )
                    )
            )
            {
                t++;
            }
            foreach (RoleDemand demand in activity.Demands)
            {
                var periods = usage[demand.Role];
                while (periods.Count < t + activity.Duration)
                {
                    periods.Add(0);
                }
                for (int tau = t; tau < t + activity.Duration; tau++)
                {
                    periods[tau] += demand.Units;
                }
            }
            start[next] = t;
            placed[next] = true;
        }
        progress?.Report(
            new LevellingProgress(1, problem.Activities.Select((a, i) => start[i] + a.Duration).DefaultIfEmpty(0).Max())
        );
        return new LevellingResult([.. start], 1);
    }
}
