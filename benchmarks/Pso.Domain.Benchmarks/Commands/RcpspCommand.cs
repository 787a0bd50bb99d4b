using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Benchmarks.Allocation;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>rcpsp</c>: solution quality of the levelling solver on PSPLIB instances against the critical-path bound
/// and the best known makespans.</summary>
internal sealed class RcpspCommand : ICommand
{
    public string Name => "rcpsp";

    public string Usage =>
        "rcpsp --instances DIR --reference CSV [--schedules N] [--seed S] [--time-limit SECONDS] [--strategy "
        + "genetic|cpsat] [--threads T] [--json FILE] [--population P] [--mutation PER-MILLE] [--restart "
        + "GENERATIONS] [--shift PER-MILLE] [--via solver|planner]";

    public string Description =>
        "reads every PSPLIB .sm file in DIR, solves it through the public API and reports the average deviation from "
        + "the critical-path bound and from the best known makespan";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(
            args,
            AllocationRuns.Known("instances", "reference", "schedules", "seed", "time-limit", "json", "via")
        );
        (string directory, string referencePath) = AllocationRuns.Inputs(options);
        ILevellingStrategy strategy = AllocationRuns.Strategy(options);
        var solverOptions = new SolverOptions
        {
            ScheduleBudget = options.Int("schedules", 5_000),
            Seed = options.Int("seed", 1),
            DegreeOfParallelism = AllocationRuns.Threads(options),
            TimeLimit = options.Text("time-limit") is string seconds
                ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture))
                : null,
        };
        var reference = PsplibReader.ReadReference(referencePath);
        var solver = new LevellingSolver(strategy);
        var results = new JsonArray();
        var rows =
            new List<(string Set, double FromCp, double FromBest, bool Matched, double Milliseconds, long Schedules)>();
        string[] files = [.. Directory.GetFiles(directory, "*.sm").OrderBy(f => f, StringComparer.Ordinal)];
        foreach (string file in files)
        {
            string instance = Path.GetFileNameWithoutExtension(file);
            long start = Stopwatch.GetTimestamp();
            (LevellingProblem problem, int criticalPath) = PsplibReader.Read(file);
            AllocationRuns.Solved solution = AllocationRuns.Solve(
                problem,
                solver,
                solverOptions,
                options.Text("via"),
                closingMilestone: false
            );
            double milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            int best = reference.TryGetValue(instance, out var known) ? known.UpperBound : solution.Makespan;
            string set = new string(instance.TakeWhile(c => c != '_').ToArray());
            rows.Add(
                (
                    set,
                    100.0 * (solution.Makespan - criticalPath) / criticalPath,
                    100.0 * (solution.Makespan - best) / best,
                    solution.Makespan <= best,
                    milliseconds,
                    solution.Schedules
                )
            );
            results.Add(
                new JsonObject
                {
                    ["instance"] = instance,
                    ["makespan"] = solution.Makespan,
                    ["criticalPathBound"] = criticalPath,
                    ["bestKnown"] = best,
                    ["milliseconds"] = Math.Round(milliseconds, 3),
                    ["schedules"] = solution.Schedules,
                }
            );
        }
        foreach (var group in rows.GroupBy(r => Prefix(r.Set)))
        {
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{group.Key}: {group.Count()} instances, {group.Average(r => r.FromCp):0.00}% above the "
                )
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"critical path, {group.Average(r => r.FromBest):0.000}% above the best known, "
                    )
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"{group.Count(r => r.Matched)} matched, {group.Average(r => r.Milliseconds):0.0} ms each"
                    )
            );
        }
        double fromCp = rows.Count == 0 ? 0 : rows.Average(r => r.FromCp);
        double fromBest = rows.Count == 0 ? 0 : rows.Average(r => r.FromBest);
        double totalSeconds = rows.Sum(r => r.Milliseconds) / 1000;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"summary: {rows.Count} instances, {solverOptions.ScheduleBudget} schedules, seed "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{solverOptions.Seed}: {fromCp:0.00}% above the critical-path bound, {fromBest:0.000}% above the "
                )
                + string.Create(CultureInfo.InvariantCulture, $"best known, {rows.Count(r => r.Matched)} matched; ")
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(rows.Count == 0 ? 0 : rows.Average(r => r.Milliseconds)):0.0} ms and "
                )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(totalSeconds == 0 ? 0 : rows.Sum(r => r.Schedules) / totalSeconds):0} schedules/s"
                )
        );
        if (options.Text("json") is string json)
        {
            File.WriteAllText(
                json,
                new JsonObject
                {
                    ["instances"] = results,
                    ["schedules"] = solverOptions.ScheduleBudget,
                    ["avgDeviationFromCriticalPathPercent"] = Math.Round(fromCp, 3),
                    ["avgDeviationFromBestKnownPercent"] = Math.Round(fromBest, 4),
                    ["bestKnownMatched"] = rows.Count(r => r.Matched),
                    ["meanMillisecondsPerInstance"] = Math.Round(
                        rows.Count == 0 ? 0 : rows.Average(r => r.Milliseconds),
                        3
                    ),
                }.ToJsonString(new JsonSerializerOptions { WriteIndented = true })
            );
        }
        return 0;
    }

    private static string Prefix(string set) => set.Length >= 3 ? set[..3] : set;
}
