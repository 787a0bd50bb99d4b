using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Allocation.Planning;

internal sealed partial class PlanRun
{
    private const int HardWeight = LevellingProblem.MaxWeight;

    /// <summary>How many times the people are re-chosen along the best levelled order and the activities levelled
    /// again.</summary>
    private const int Rounds = 3;

    /// <summary>Levels the portfolio: once with the people chosen by load, once more with the people re-chosen along
    /// the first levelled order (each need to whoever lets it start first); the better schedule wins, by weighted
    /// lateness, then by finish.</summary>
    private (int[] Starts, long Schedules, string Strategy) Level()
    {
        ReserveFixedWork();
        List<PlanTask> levelled = [.. _tasks.Where(t => t.Levelled)];
        for (int i = 0; i < levelled.Count; i++)
        {
            levelled[i].Index = i;
        }
        if (levelled.Count == 0)
        {
            return ([], 0, _solver.Strategy.Name);
        }
        FormPools(levelled);
        int rounds = HasChoices(levelled) ? Rounds : 0;
        SolverOptions solver = _options.Solver;
        if (solver.TimeLimit is TimeSpan limit)
        {
            solver = solver with { TimeLimit = limit / (1 + rounds) };
        }
        LevellingSolution first = _solver.Solve(Problem(levelled), solver, _progress, _cancellationToken);
        long schedules = first.Schedules;
        var candidates = new List<(int[] Starts, List<(int, int)>[] People)>
        {
            ([.. first.Starts], Snapshot(levelled)),
        };
        (int[] Starts, List<(int, int)>[] People) best = candidates[0];
        for (int round = 0; round < rounds && !_cancellationToken.IsCancellationRequested; round++)
        {
            Restore(levelled, best.People);
            int[] flexed = Rechoose(levelled, best.Starts);
            candidates.Add((flexed, Snapshot(levelled)));
            LevellingSolution again = _solver.Solve(Problem(levelled), solver, _progress, _cancellationToken);
            schedules += again.Schedules;
            candidates.Add(([.. again.Starts], Snapshot(levelled)));
            best = candidates
                .OrderBy(c => Penalty(levelled, c.Starts))
                .ThenBy(c => c.Starts.Select((s, i) => s + levelled[i].Duration).DefaultIfEmpty(0).Max())
                .First();
        }
        Restore(levelled, best.People);
        Distribute(levelled, best.Starts);
        return (best.Starts, schedules, first.Strategy);
    }

    /// <summary>Takes the work of tasks that levelling does not move (started, pinned) out of their people's free
    /// units over their unlevelled run.</summary>
    private void ReserveFixedWork()
    {
        foreach (PlanTask task in _tasks.Where(t => !t.Levelled && t.Needs.Count > 0))
        {
            foreach ((int person, int units) in task.Needs.SelectMany(n => n.Assigned))
            {
                for (int t = Math.Max(0, task.Release); t < Math.Min(task.Release + task.Duration, _axis.Length); t++)
                {
                    _free[person][t] = Math.Max(0, _free[person][t] - units);
                }
            }
        }
        _offers.Clear();
    }

    private static List<(int, int)>[] Snapshot(List<PlanTask> levelled) =>
        [.. levelled.SelectMany(t => t.Needs).Select(n => n.Assigned.ToList())];

    private static void Restore(List<PlanTask> levelled, List<(int, int)>[] people)
    {
        int k = 0;
        foreach (PlanNeed need in levelled.SelectMany(t => t.Needs))
        {
            need.Assigned = people[k++];
        }
    }

    private LevellingProblem Problem(List<PlanTask> levelled)
    {
        var used = new SortedSet<int>();
        var activities = new List<LevellingActivity>(levelled.Count);
        var peak = new Dictionary<int, int>();
        foreach (PlanTask task in levelled)
        {
            var byPool = task
                .Needs.SelectMany(n => n.Assigned)
                .GroupBy(a => _poolOf[a.Person])
                .Select(g => (Pool: g.Key, Units: g.Sum(a => a.Units)))
                .ToList();
            foreach ((int pool, int units) in byPool)
            {
                used.Add(pool);
                peak[pool] = Math.Max(peak.GetValueOrDefault(pool), units);
            }
            activities.Add(
                new LevellingActivity(IdOf(task), task.Duration)
                {
                    Project = task.Ref.Project,
                    Release = Math.Max(0, task.Release),
                    Demands = [.. byPool.Select(d => new RoleDemand(ColumnOf(d.Pool), d.Units))],
                }
            );
        }
        IEnumerable<RoleCapacity> capacities = used.Select(pool =>
        {
            int[] members = _pools[pool];
            int[] free = new int[_axis.Length];
            foreach (int r in members)
            {
                for (int t = 0; t < free.Length; t++)
                {
                    free[t] += _free[r][t];
                }
            }
            int settled = members.Sum(r => Math.Max(_settled[r], _most[r]));
            return new RoleCapacity(ColumnOf(pool), Math.Max(settled, peak.GetValueOrDefault(pool)))
            {
                ByPeriod = [.. free],
            };
        });
        IEnumerable<Precedence> precedences = _links
            .Where(l => l.From.Levelled && l.To.Levelled)
            .Select(l => new Precedence(IdOf(l.From), IdOf(l.To), l.Lag) { Type = l.Type });
        return new LevellingProblem(activities, precedences, capacities, Goals())
        {
            Objective = LevellingObjective.WeightedTardiness,
        };
    }

    private static RoleId ColumnOf(int pool) => new($"pool-{pool}");

    private static ActivityId IdOf(PlanTask task) => new(task.Ref.ToString());

    /// <summary>Gets each project's due period and weight: its deadline weighed by priority (every deadline at the
    /// highest weight when deadlines are hard), or its unlevelled finish at the highest weight when levelling stays
    /// within float. A project without a deadline is due at its unlevelled finish with weight 1, so that among plans
    /// equally late it finishes as early as it can.</summary>
    private IEnumerable<ProjectGoal> Goals()
    {
        for (int p = 0; p < _portfolio.Projects.Length; p++)
        {
            PortfolioProject project = _portfolio.Projects[p];
            int unlevelled = _axis.PeriodOfFinish(_unlevelled[p].Finish) + 1;
            int? deadline = DeadlinePeriod(p);
            if (_options.LevelWithinFloat)
            {
                yield return new ProjectGoal(project.Id) { Due = unlevelled, Weight = HardWeight };
            }
            else if (deadline is int due)
            {
                int weight =
                    _options.Deadlines == DeadlineRule.Hard ? HardWeight : Math.Clamp(project.Priority, 1, HardWeight);
                yield return new ProjectGoal(project.Id) { Due = due, Weight = weight };
            }
            else
            {
                yield return new ProjectGoal(project.Id) { Due = unlevelled, Weight = 1 };
            }
        }
    }

    /// <summary>Returns the period by whose end a project's deadline falls, if it has one on or after the status
    /// date.</summary>
    private int? DeadlinePeriod(int p) =>
        _portfolio.Projects[p].Deadline is LocalDateTime deadline && deadline.Date >= _portfolio.StatusDate
            ? _axis.PeriodOfFinish(deadline) + 1
            : null;

    internal ScheduleResult UnlevelledOf(int p) => _unlevelled[p];

    private long Penalty(List<PlanTask> levelled, int[] starts)
    {
        var finish = new int[_portfolio.Projects.Length];
        foreach (PlanTask task in levelled)
        {
            finish[task.Project] = Math.Max(finish[task.Project], starts[task.Index] + task.Duration);
        }
        long penalty = 0;
        int k = 0;
        foreach (ProjectGoal goal in Goals())
        {
            penalty += goal.Due is int due ? (long)goal.Weight * Math.Max(0, finish[k] - due) : 0;
            k++;
        }
        return penalty;
    }

    /// <summary>Re-chooses the people along a levelled order: a serial pass that takes tasks by their levelled start
    /// (each once its predecessors are placed) and gives each need to whoever meets it and lets the task start first,
    /// the present choice on a tie. Needs shared by several people, or short of people, keep them.</summary>
    private int[] Rechoose(List<PlanTask> levelled, int[] order)
    {
        int n = levelled.Count;
        var used = new Dictionary<int, int[]>();
        int[] UsedOf(int person) =>
            used.TryGetValue(person, out int[]? u) ? u : used[person] = new int[_axis.Length + 1];
        var predecessors = new List<(int From, DependencyType Type, int Lag)>[n];
        var successors = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            predecessors[i] = [];
            successors[i] = [];
        }
        foreach (var link in _links.Where(l => l.From.Levelled && l.To.Levelled))
        {
            predecessors[link.To.Index].Add((link.From.Index, link.Type, link.Lag));
            successors[link.From.Index].Add(link.To.Index);
        }
        int[] waiting = [.. predecessors.Select(p => p.Count)];
        var ready = new PriorityQueue<int, (int, int)>();
        for (int i = 0; i < n; i++)
        {
            if (waiting[i] == 0)
            {
                ready.Enqueue(i, (order[i], i));
            }
        }
        int[] starts = new int[n];
        while (ready.TryDequeue(out int i, out _))
        {
            PlanTask task = levelled[i];
            int earliest = Math.Max(0, task.Release);
            foreach ((int from, DependencyType type, int lag) in predecessors[i])
            {
                int offset = new Precedence(default, default, lag) { Type = type }.StartOffset(
                    levelled[from].Duration,
                    task.Duration
                );
                earliest = Math.Max(earliest, starts[from] + offset);
            }
            starts[i] = Place(task, earliest, UsedOf);
            foreach (int k in successors[i])
            {
                if (--waiting[k] == 0)
                {
                    ready.Enqueue(k, (order[k], k));
                }
            }
        }
        return starts;
    }

    /// <summary>Finds the first period from the earliest at which every need of a task has its people free for the
    /// task's run (one-person needs choosing among everyone who meets them), books them, and returns it.</summary>
    private int Place(PlanTask task, int earliest, Func<int, int[]> usedOf)
    {
        int t = earliest;
        var choice = new int[task.Needs.Count];
        // People on a need shared by several stay on it; the others are not chosen for the task's other needs.
        var shared = task
            .Needs.Where(n => n.Assigned.Count != 1 || n.Assigned[0].Units != n.Units)
            .SelectMany(n => n.Assigned)
            .Select(a => a.Person);
        while (true)
        {
            var taken = new HashSet<int>(shared);
            int latest = t;
            for (int k = 0; k < task.Needs.Count; k++)
            {
                PlanNeed need = task.Needs[k];
                if (need.Assigned.Count != 1 || need.Assigned[0].Units != need.Units)
                {
                    int at = need.Assigned.Aggregate(t, (s, a) =>
                        Math.Max(s, FirstFree(a.Person, a.Units, s, task.Duration, usedOf))
                    );
                    latest = Math.Max(latest, at);
                    choice[k] = -1;
                    continue;
                }
                int current = need.Assigned[0].Person;
                int best = -1;
                int bestAt = int.MaxValue;
                foreach (
                    int person in need.Qualified.Where(p =>
                        (Offer(p, t, task.Duration) >= need.Units || p == current)
                        && (!taken.Contains(p) || p == current)
                    )
                )
                {
                    int at = FirstFree(person, need.Units, t, task.Duration, usedOf);
                    if (at < bestAt || (at == bestAt && person == current))
                    {
                        (best, bestAt) = (person, at);
                    }
                }
                if (best < 0)
                {
                    // Everyone who meets it is on another need of the task: it keeps its people.
                    best = current;
                    bestAt = FirstFree(current, need.Units, t, task.Duration, usedOf);
                }
                choice[k] = best;
                taken.Add(best);
                latest = Math.Max(latest, bestAt);
            }
            if ((latest == t && Fits(task, choice, t, usedOf)) || t > _axis.Length + task.Duration)
            {
                break;
            }
            t = latest == t ? t + 1 : latest;
        }
        for (int k = 0; k < task.Needs.Count; k++)
        {
            if (choice[k] >= 0)
            {
                task.Needs[k].Assigned = [(choice[k], task.Needs[k].Units)];
            }
            foreach ((int person, int units) in task.Needs[k].Assigned)
            {
                int[] u = usedOf(person);
                for (int s = t; s < Math.Min(t + task.Duration, _axis.Length); s++)
                {
                    u[s] += units;
                }
            }
        }
        return t;
    }

    /// <summary>Checks that the people chosen for a task's needs fit together (two needs may choose one
    /// person).</summary>
    private bool Fits(PlanTask task, int[] choice, int t, Func<int, int[]> usedOf)
    {
        var extra = new Dictionary<int, int>();
        for (int k = 0; k < task.Needs.Count; k++)
        {
            foreach (
                (int person, int units) in choice[k] >= 0 ? [(choice[k], task.Needs[k].Units)] : task.Needs[k].Assigned
            )
            {
                extra[person] = extra.GetValueOrDefault(person) + units;
            }
        }
        return extra.All(e => FirstFree(e.Key, e.Value, t, task.Duration, usedOf) == t);
    }

    private int FirstFree(int person, int units, int from, int duration, Func<int, int[]> usedOf)
    {
        int[] used = usedOf(person);
        int t = from;
        for (int s = t; s < t + duration; s++)
        {
            int usedNow = s < _axis.Length ? used[s] : 0;
            if (usedNow + units > FreeIn(person, s))
            {
                t = s + 1;
                s = t - 1;
                if (t > _axis.Length + 100_000)
                {
                    return t;
                }
            }
        }
        return t;
    }
}
