using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>A problem laid out for the engines: dense indexes, durations, demands row by row, and the precedences as
/// compressed rows in both directions, with a topological order.</summary>
internal sealed class DenseModel
{
    internal DenseModel(
        LevellingProblem problem,
        Dictionary<ActivityId, int> index,
        RoleId[] roles,
        ImmutableArray<ProjectGoal> goals
    )
    {
        N = problem.Activities.Length;
        R = roles.Length;
        var roleIndex = roles.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
        Duration = [.. problem.Activities.Select(a => a.Duration)];
        Release = [.. problem.Activities.Select(a => a.Release)];
        Capacity = [.. problem.Capacities.Select(c => c.Units)];
        // A capacity that varies is laid out as the units below its ceiling taken in each period, so that the
        // placement compares usage with one limit per role and only starts from these units instead of from zero.
        CapacityCeiling =
        [
            .. problem.Capacities.Select(c => c.ByPeriod.IsEmpty ? c.Units : Math.Max(c.Units, c.ByPeriod.Max())),
        ];
        ProfileLength = problem.Capacities.Select(c => c.ByPeriod.Length).DefaultIfEmpty(0).Max();
        SettledBlocked = [.. CapacityCeiling.Select((ceiling, r) => ceiling - Capacity[r])];
        Blocked = new int[ProfileLength * R];
        for (int r = 0; r < R; r++)
        {
            RoleCapacity capacity = problem.Capacities[r];
            for (int t = 0; t < ProfileLength; t++)
            {
                Blocked[(t * R) + r] = CapacityCeiling[r] - capacity.UnitsIn(t);
            }
        }
        Demand = new int[N * R];
        for (int j = 0; j < N; j++)
        {
            foreach (RoleDemand demand in problem.Activities[j].Demands)
            {
                Demand[(j * R) + roleIndex[demand.Role]] += demand.Units;
            }
        }
        (Successors, SuccessorLag, SuccessorStart) = Rows(problem, index, forward: true);
        (Predecessors, PredecessorLag, PredecessorStart) = Rows(problem, index, forward: false);
        Order = TopologicalOrder(problem);
        // Starts (and finishes) follow the links when every link keeps the successor's start at or after the
        // predecessor's (and its finish at or after the predecessor's); leads and some start-to-start or
        // finish-to-finish links do not, and then orders by time are lifted along the links.
        for (int j = 0; j < N && !OrderNeedsLifting; j++)
        {
            for (int k = SuccessorStart[j]; k < SuccessorStart[j + 1]; k++)
            {
                int offset = Duration[j] + SuccessorLag[k];
                OrderNeedsLifting |= offset < 0 || offset + Duration[Successors[k]] < Duration[j];
            }
        }
        int[] earliest = new int[N];
        foreach (int j in Order)
        {
            earliest[j] = Math.Max(earliest[j], Release[j]);
            for (int k = SuccessorStart[j]; k < SuccessorStart[j + 1]; k++)
            {
                int s = Successors[k];
                earliest[s] = Math.Max(earliest[s], earliest[j] + Duration[j] + SuccessorLag[k]);
            }
        }
        CriticalPathBound = N == 0 ? 0 : Enumerable.Range(0, N).Max(j => earliest[j] + Duration[j]);
        // Projects: those with goals first, in the goals' order, then any other, in order of first appearance.
        var projectIndex = new Dictionary<ProjectId, int>();
        var projects = new List<ProjectId>();
        foreach (ProjectId id in goals.Select(g => g.Project).Concat(problem.Activities.Select(a => a.Project)))
        {
            if (projectIndex.TryAdd(id, projects.Count))
            {
                projects.Add(id);
            }
        }
        Projects = [.. projects];
        ProjectOf = [.. problem.Activities.Select(a => projectIndex[a.Project])];
        ProjectDue = [.. projects.Select(p => goals.FirstOrDefault(g => g.Project == p)?.Due ?? -1)];
        ProjectWeight = [.. projects.Select(p => goals.FirstOrDefault(g => g.Project == p)?.Weight ?? 1)];
        ProjectEarliestFinish = new int[projects.Count];
        for (int j = 0; j < N; j++)
        {
            ProjectEarliestFinish[ProjectOf[j]] = Math.Max(
                ProjectEarliestFinish[ProjectOf[j]],
                earliest[j] + Duration[j]
            );
        }
        int resourceBound = 0;
        for (int r = 0; r < R; r++)
        {
            long work = 0;
            for (int j = 0; j < N; j++)
            {
                work += (long)Demand[(j * R) + r] * Duration[j];
            }
            // The ceiling, not the settled units: capacity may be higher early, and the bound must hold.
            if (CapacityCeiling[r] > 0)
            {
                resourceBound = Math.Max(resourceBound, (int)((work + CapacityCeiling[r] - 1) / CapacityCeiling[r]));
            }
        }
        LowerBound = Math.Max(CriticalPathBound, resourceBound);
        LoadShare = new double[N];
        for (int j = 0; j < N; j++)
        {
            for (int r = 0; r < R; r++)
            {
                LoadShare[j] += Capacity[r] == 0 ? 0 : (double)Demand[(j * R) + r] / Capacity[r];
            }
        }
        // Time enough for everything one after another once the varying capacity has settled.
        Horizon =
            Math.Max(Release.DefaultIfEmpty(0).Max(), ProfileLength)
            + Duration.Sum()
            + SuccessorLag.Sum(l => Math.Max(0, l));
    }

    internal int N { get; }

    /// <summary>Gets the projects, goals' first.</summary>
    internal ImmutableArray<ProjectId> Projects { get; }

    /// <summary>Gets each activity's project index.</summary>
    internal int[] ProjectOf { get; }

    /// <summary>Gets each project's due period; -1 when it has none.</summary>
    internal int[] ProjectDue { get; }

    /// <summary>Gets each project's weight.</summary>
    internal int[] ProjectWeight { get; }

    /// <summary>Gets each project's earliest finish by precedence and releases alone: its delay is measured from
    /// it.</summary>
    internal int[] ProjectEarliestFinish { get; }

    internal int R { get; }

    internal int[] Duration { get; }

    internal int[] Release { get; }

    internal int[] Capacity { get; }

    /// <summary>Gets whether some link lets a successor start (or finish) before its predecessor, so that sorting
    /// activities by start (or finish) alone could put a successor first.</summary>
    internal bool OrderNeedsLifting { get; }

    /// <summary>Raises each activity's time to at least its predecessors' (in topological order), so that ordering by
    /// time, ties by topological rank, also orders every link; a no-op unless
    /// <see cref="OrderNeedsLifting"/>.</summary>
    internal void LiftAlongLinks(Span<int> times)
    {
        if (!OrderNeedsLifting)
        {
            return;
        }
        foreach (int j in Order)
        {
            for (int k = PredecessorStart[j]; k < PredecessorStart[j + 1]; k++)
            {
                times[j] = Math.Max(times[j], times[Predecessors[k]]);
            }
        }
    }

    /// <summary>Gets each role's highest capacity in any period.</summary>
    internal int[] CapacityCeiling { get; }

    /// <summary>Gets the number of periods over which some role's capacity varies; 0 when every capacity is
    /// constant.</summary>
    internal int ProfileLength { get; }

    /// <summary>Gets, period by period over <see cref="ProfileLength"/> and role by role, the units below the role's
    /// ceiling that are not available.</summary>
    internal int[] Blocked { get; }

    /// <summary>Gets, role by role, the units below the ceiling that are not available once the capacity has settled
    /// (above zero where a role offers more early than it settles at).</summary>
    internal int[] SettledBlocked { get; }

    /// <summary>Gets the units of each role per period, row by activity: Demand[j * R + r].</summary>
    internal int[] Demand { get; }

    internal int[] Successors { get; }

    internal int[] SuccessorLag { get; }

    internal int[] SuccessorStart { get; }

    internal int[] Predecessors { get; }

    internal int[] PredecessorLag { get; }

    internal int[] PredecessorStart { get; }

    internal ImmutableArray<int> Order { get; }

    internal int CriticalPathBound { get; }

    /// <summary>Gets each activity's load in a period it runs: its share of each role's capacity, summed.</summary>
    internal double[] LoadShare { get; }

    /// <summary>Gets the larger of the critical-path bound and the work bound (each role's work over its
    /// capacity).</summary>
    internal int LowerBound { get; }

    /// <summary>Gets a length no schedule from the generation schemes exceeds: every activity in sequence.</summary>
    internal int Horizon { get; }

    /// <summary>Gets each project's finish in a schedule.</summary>
    internal int[] ProjectFinishes(ReadOnlySpan<int> starts)
    {
        int[] finish = new int[Projects.Length];
        ProjectFinishes(starts, finish);
        return finish;
    }

    /// <summary>Writes each project's finish in a schedule into a buffer of one cell per project.</summary>
    internal void ProjectFinishes(ReadOnlySpan<int> starts, Span<int> finish)
    {
        finish.Clear();
        for (int j = 0; j < N; j++)
        {
            finish[ProjectOf[j]] = Math.Max(finish[ProjectOf[j]], starts[j] + Duration[j]);
        }
    }

    /// <summary>Gets the weighted tardiness and the weighted total project delay of a schedule.</summary>
    internal (long Tardiness, long Delay) ProjectPenalties(ReadOnlySpan<int> starts) =>
        ProjectPenalties(starts, new int[Projects.Length]);

    /// <summary>Gets the weighted tardiness and the weighted total project delay of a schedule, with a buffer of one
    /// cell per project for the finishes (so that the search allocates nothing per schedule).</summary>
    internal (long Tardiness, long Delay) ProjectPenalties(ReadOnlySpan<int> starts, Span<int> finish)
    {
        ProjectFinishes(starts, finish);
        long tardiness = 0;
        long delay = 0;
        for (int p = 0; p < finish.Length; p++)
        {
            tardiness += ProjectDue[p] < 0 ? 0 : (long)ProjectWeight[p] * Math.Max(0, finish[p] - ProjectDue[p]);
            delay += (long)ProjectWeight[p] * Math.Max(0, finish[p] - ProjectEarliestFinish[p]);
        }
        return (tardiness, delay);
    }

    /// <summary>Gets a schedule's fitness, lower is better: the objective's value, then the makespan, in one number
    /// (the value times the horizon plus one, plus the makespan). No schedule's fitness is below <see
    /// cref="LowerBound"/>.</summary>
    internal long Fitness(ReadOnlySpan<int> starts, int makespan, LevellingObjective objective) =>
        Fitness(starts, makespan, objective, objective == LevellingObjective.Makespan ? [] : new int[Projects.Length]);

    /// <summary>Gets a schedule's fitness with a buffer of one cell per project for the finishes.</summary>
    internal long Fitness(ReadOnlySpan<int> starts, int makespan, LevellingObjective objective, Span<int> finish)
    {
        if (objective == LevellingObjective.Makespan)
        {
            return makespan;
        }
        (long tardiness, long delay) = ProjectPenalties(starts, finish);
        return ((objective == LevellingObjective.WeightedTardiness ? tardiness : delay) * ((long)Horizon + 1))
            + makespan;
    }

    /// <summary>Gets the objective's value of a schedule.</summary>
    internal long ObjectiveValue(ReadOnlySpan<int> starts, LevellingObjective objective)
    {
        (long tardiness, long delay) = ProjectPenalties(starts);
        return objective switch
        {
            LevellingObjective.WeightedTardiness => tardiness,
            LevellingObjective.TotalProjectDelay => delay,
            _ => Makespan(starts),
        };
    }

    /// <summary>Gets the period in which a schedule's last activity finishes.</summary>
    internal int Makespan(ReadOnlySpan<int> starts)
    {
        int makespan = 0;
        for (int j = 0; j < N; j++)
        {
            makespan = Math.Max(makespan, starts[j] + Duration[j]);
        }
        return makespan;
    }

    /// <summary>Gets a progress report on a schedule.</summary>
    internal LevellingProgress Progress(long schedules, ReadOnlySpan<int> starts, LevellingObjective objective) =>
        new(schedules, Makespan(starts)) { Objective = ObjectiveValue(starts, objective) };

    private static (int[] Other, int[] Lag, int[] Start) Rows(
        LevellingProblem problem,
        Dictionary<ActivityId, int> index,
        bool forward
    )
    {
        int n = problem.Activities.Length;
        int[] start = new int[n + 1];
        foreach (Precedence p in problem.Precedences)
        {
            start[index[forward ? p.Predecessor : p.Successor] + 1]++;
        }
        for (int i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }
        int[] fill = start[..n];
        int[] other = new int[problem.Precedences.Length];
        int[] lag = new int[problem.Precedences.Length];
        foreach (Precedence p in problem.Precedences)
        {
            int from = index[forward ? p.Predecessor : p.Successor];
            int k = fill[from]++;
            other[k] = index[forward ? p.Successor : p.Predecessor];
            // Every link type is a least distance between the starts; the engines add it to the predecessor's
            // finish, so they get the distance less the predecessor's duration, in both directions.
            int predecessor = index[p.Predecessor];
            int successor = index[p.Successor];
            lag[k] =
                p.StartOffset(problem.Activities[predecessor].Duration, problem.Activities[successor].Duration)
                - problem.Activities[predecessor].Duration;
        }
        return (other, lag, start);
    }

    private ImmutableArray<int> TopologicalOrder(LevellingProblem problem)
    {
        int[] inDegree = new int[N];
        for (int j = 0; j < N; j++)
        {
            inDegree[j] = PredecessorStart[j + 1] - PredecessorStart[j];
        }
        var ready = new Queue<int>(Enumerable.Range(0, N).Where(j => inDegree[j] == 0));
        var order = ImmutableArray.CreateBuilder<int>(N);
        while (ready.Count > 0)
        {
            int j = ready.Dequeue();
            order.Add(j);
            for (int k = SuccessorStart[j]; k < SuccessorStart[j + 1]; k++)
            {
                if (--inDegree[Successors[k]] == 0)
                {
                    ready.Enqueue(Successors[k]);
                }
            }
        }
        if (order.Count < N)
        {
            string cycle = string.Join(
                ", ",
                Enumerable.Range(0, N).Where(j => inDegree[j] > 0).Select(j => problem.Activities[j].Id.Value)
            );
            throw new ValidationException([
                new ValidationError(
                    AllocationErrorCodes.Cycle,
                    $"The precedences form a cycle among: {cycle}.",
                    new ErrorLocation { Field = "precedences" }
                ),
            ]);
        }
        return order.MoveToImmutable();
    }
}
