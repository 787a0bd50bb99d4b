using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Benchmarks.Allocation;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>throughput</c>: schedules per second of a strategy on instances of a given size, one thread.</summary>
internal sealed class ThroughputCommand : ICommand
{
    public string Name => "throughput";

    public string Usage =>
        "throughput --instances DIR [--chain K] [--schedules N] [--seed S] [--strategy genetic|cpsat]";

    public string Description =>
        "schedules per second of the solver alone (the problem built beforehand) on every PSPLIB .sm file in DIR, or "
        + "on chains of K consecutive files run one after the other (two j60 instances make a 120-activity instance)";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(args, AllocationRuns.Known("instances", "chain", "schedules", "seed"));
        string directory = options.Text("instances") ?? throw new ArgumentException("--instances is required.");
        int chain = Math.Max(1, options.Int("chain", 1));
        var solverOptions = new SolverOptions
        {
            ScheduleBudget = options.Int("schedules", 5_000),
            Seed = options.Int("seed", 1),
        };
        var solver = new LevellingSolver(AllocationRuns.Strategy(options));
        string[] files = [.. Directory.GetFiles(directory, "*.sm").OrderBy(f => f, StringComparer.Ordinal)];
        var problems = files
            .Chunk(chain)
            .Where(c => c.Length == chain)
            .Select(c => Chain([.. c.Select(f => PsplibReader.Read(f).Problem)]))
            .ToList();
        solver.Solve(problems[0], solverOptions); // warm-up
        long schedules = 0;
        long start = Stopwatch.GetTimestamp();
        foreach (LevellingProblem problem in problems)
        {
            schedules += solver.Solve(problem, solverOptions).Schedules;
        }
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"throughput: {problems.Count} instances of {problems[0].Activities.Length} activities ({chain} "
                    + $"file(s) each), {solverOptions.ScheduleBudget} schedules each, seed {solverOptions.Seed}: "
                    + $"{schedules} schedules in {seconds:0.00} s, {schedules / seconds:0} schedules/s on one thread"
            )
        );
        return 0;
    }

    /// <summary>Runs instances one after the other: every activity of the next waits for every last activity of the one
    /// before (those without successors); each role has the largest capacity any of them gives it.</summary>
    private static LevellingProblem Chain(LevellingProblem[] parts)
    {
        if (parts.Length == 1)
        {
            return parts[0];
        }
        var activities = new List<LevellingActivity>();
        var precedences = new List<Precedence>();
        ActivityId Id(int k, ActivityId id) => new($"{k}:{id}");
        for (int k = 0; k < parts.Length; k++)
        {
            LevellingProblem part = parts[k];
            activities.AddRange(part.Activities.Select(a => a with { Id = Id(k, a.Id) }));
            precedences.AddRange(
                part.Precedences.Select(p => new Precedence(Id(k, p.Predecessor), Id(k, p.Successor), p.Lag))
            );
            if (k > 0)
            {
                var lasts = parts[k - 1]
                    .Activities.Select(a => a.Id)
                    .Except(parts[k - 1].Precedences.Select(p => p.Predecessor));
                var firsts = part
                    .Activities.Select(a => a.Id)
                    .Except(part.Precedences.Select(p => p.Successor))
                    .ToList();
                precedences.AddRange(lasts.SelectMany(l => firsts.Select(f => new Precedence(Id(k - 1, l), Id(k, f)))));
            }
        }
        var capacities = parts
            .SelectMany(p => p.Capacities)
            .GroupBy(c => c.Role)
            .Select(g => new RoleCapacity(g.Key, g.Max(c => c.Units)));
        return new LevellingProblem(activities, precedences, capacities);
    }
}
