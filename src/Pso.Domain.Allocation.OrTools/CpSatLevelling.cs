using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Google.OrTools.Sat;
using Pso.Domain.Allocation.Levelling;

namespace Pso.Domain.Allocation.OrTools;

/// <summary>
/// Resource-constrained scheduling by Google OR-Tools' CP-SAT solver: one fixed-size interval per activity, a
/// cumulative constraint per role, precedences with their lags, and the problem's objective minimised (the makespan, or
/// the weighted tardiness or total project delay with the makespan breaking ties). The horizon is the makespan
/// of one serial schedule. CP-SAT runs for the options' time limit (<see cref="DefaultTimeLimit"/> when none) on
/// <see cref="SolverOptions.DegreeOfParallelism"/> workers with the options' seed, stops on cancellation with the best
/// schedule so far, and reports each better schedule. It proves optimality when it can; it does not count schedules, so
/// the schedule budget does not apply and runs stopped by time are not reproducible.
/// </summary>
public sealed class CpSatLevelling : ILevellingStrategy
{
    /// <summary>Gets the time limit used when the options set none; 10 seconds by default.</summary>
    public TimeSpan DefaultTimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <inheritdoc/>
    public string Name => "cpsat";

    /// <inheritdoc/>
    public LevellingResult Solve(
        LevellingProblem problem,
        SolverOptions options,
        IProgress<LevellingProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        ImmutableArray<int> first = new GeneticLevelling()
            .Solve(problem, options with { ScheduleBudget = 1 }, null, CancellationToken.None)
            .Starts;
        int n = problem.Activities.Length;
        if (n == 0 || cancellationToken.IsCancellationRequested)
        {
            return new LevellingResult(first, 1);
        }
        int horizon = Enumerable.Range(0, n).Max(i => first[i] + problem.Activities[i].Duration);
        var model = new CpModel();
        var index = new Dictionary<ActivityId, int>();
        var starts = new IntVar[n];
        var intervals = new IntervalVar[n];
        for (int i = 0; i < n; i++)
        {
            LevellingActivity activity = problem.Activities[i];
            index[activity.Id] = i;
            starts[i] = model.NewIntVar(activity.Release, horizon - activity.Duration, activity.Id.Value);
            intervals[i] = model.NewFixedSizeIntervalVar(starts[i], activity.Duration, activity.Id.Value);
        }
        foreach (RoleCapacity role in problem.Capacities)
        {
            // A varying capacity: the ceiling, less fixed intervals holding the units a period does not offer.
            int ceiling = role.ByPeriod.IsEmpty ? role.Units : Math.Max(role.Units, role.ByPeriod.Max());
            CumulativeConstraint cumulative = model.AddCumulative(ceiling);
            for (int t = 0; t < role.ByPeriod.Length; )
            {
                int run = t + 1;
                while (run < role.ByPeriod.Length && role.ByPeriod[run] == role.ByPeriod[t])
                {
                    run++;
                }
                if (ceiling - role.ByPeriod[t] > 0)
                {
                    cumulative.AddDemand(
                        model.NewFixedSizeIntervalVar((long)t, run - t, $"{role.Role}@{t}"),
                        ceiling - role.ByPeriod[t]
                    );
                }
                t = run;
            }
            if (ceiling > role.Units && horizon > role.ByPeriod.Length)
            {
                cumulative.AddDemand(
                    model.NewFixedSizeIntervalVar(
                        (long)role.ByPeriod.Length,
                        horizon - role.ByPeriod.Length,
                        $"{role.Role}@settled"
                    ),
                    ceiling - role.Units
                );
            }
            for (int i = 0; i < n; i++)
            {
                int units = problem.Activities[i].Demands.Where(d => d.Role == role.Role).Sum(d => d.Units);
                if (units > 0 && problem.Activities[i].Duration > 0)
                {
                    cumulative.AddDemand(intervals[i], units);
                }
            }
        }
        foreach (Precedence precedence in problem.Precedences)
        {
            int before = index[precedence.Predecessor];
            model.Add(
                starts[index[precedence.Successor]]
                    >= starts[before]
                        + precedence.StartOffset(
                            problem.Activities[before].Duration,
                            problem.Activities[index[precedence.Successor]].Duration
                        )
            );
        }
        IntVar makespan = model.NewIntVar(0, horizon, "makespan");
        for (int i = 0; i < n; i++)
        {
            model.Add(makespan >= starts[i] + problem.Activities[i].Duration);
        }
        if (problem.Objective == LevellingObjective.Makespan)
        {
            model.Minimize(makespan);
        }
        else
        {
            // The objective's value weighs more than any makespan, which breaks ties.
            var objective = LinearExpr.NewBuilder().Add(makespan);
            foreach (var project in Enumerable.Range(0, n).GroupBy(i => problem.Activities[i].Project))
            {
                ProjectGoal? goal = problem.Projects.FirstOrDefault(g => g.Project == project.Key);
                long weight = (goal?.Weight ?? 1) * ((long)horizon + 1);
                IntVar finish = model.NewIntVar(0, horizon, project.Key.Value);
                foreach (int i in project)
                {
                    model.Add(finish >= starts[i] + problem.Activities[i].Duration);
                }
                if (problem.Objective == LevellingObjective.TotalProjectDelay)
                {
                    objective.AddTerm(finish, weight);
                }
                else if (goal?.Due is int due)
                {
                    IntVar late = model.NewIntVar(0, horizon, project.Key.Value + " late");
                    model.Add(late >= finish - due);
                    objective.AddTerm(late, weight);
                }
            }
            model.Minimize(objective);
        }

        using CpSolver solver = CpSat.Solver(options, DefaultTimeLimit);
        var callback = new Improvements(progress);
        using CancellationTokenRegistration stop = cancellationToken.Register(solver.StopSearch);
        CpSolverStatus status = solver.Solve(model, callback);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new LevellingResult(first, 1);
        }
        return new LevellingResult(
            [.. starts.Select(s => (int)solver.Value(s))],
            callback.Solutions + 1,
            status == CpSolverStatus.Optimal
        );
    }

    private sealed class Improvements(IProgress<LevellingProgress>? progress) : CpSolverSolutionCallback
    {
        internal long Solutions { get; private set; }

        public override void OnSolutionCallback()
        {
            Solutions++;
            progress?.Report(new LevellingProgress(Solutions, (int)ObjectiveValue()));
        }
    }
}
