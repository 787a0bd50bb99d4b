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

/// <summary><c>rcmpsp</c>: portfolio makespans of the levelling solver on MPLIB1 instances against the best
/// known.</summary>
internal sealed class RcmpspCommand : ICommand
{
    public string Name => "rcmpsp";

    public string Usage =>
        "rcmpsp --instances DIR --reference CSV [--time-limit SECONDS] [--schedules N] [--seed S] [--strategy "
        + "genetic|cpsat] [--threads T] [--json FILE] [--only INSTANCE] [--write-schedules DIR] [--via solver|planner]";

    public string Description =>
        "reads every MPLIB1 portfolio in DIR, minimises its makespan through the public API and reports the average "
        + "deviation from the best known makespan; with --via planner, each portfolio goes through the portfolio "
        + "planner as real projects that lead to a closing milestone due on the status date";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(
            args,
            AllocationRuns.Known(
                "instances",
                "reference",
                "time-limit",
                "schedules",
                "seed",
                "json",
                "write-schedules",
                "only",
                "via"
            )
        );
        (string directory, string referencePath) = AllocationRuns.Inputs(options);
        ILevellingStrategy strategy = AllocationRuns.Strategy(options);
        var solverOptions = new SolverOptions
        {
            ScheduleBudget = options.Int("schedules", int.MaxValue),
            Seed = options.Int("seed", 1),
            DegreeOfParallelism = AllocationRuns.Threads(options),
            TimeLimit = TimeSpan.FromSeconds(
                double.Parse(options.Text("time-limit") ?? "10", CultureInfo.InvariantCulture)
            ),
        };
        Dictionary<string, int> bestKnown = MplibReader.ReadBestKnown(referencePath);
        var solver = new LevellingSolver(strategy);
        var results = new JsonArray();
        var deviations = new List<double>();
        int matched = 0;
        foreach (string file in Directory.GetFiles(directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            string instance = Path.GetFileNameWithoutExtension(file);
            if (options.Text("only") is string only && only != instance)
            {
                continue;
            }
            long start = Stopwatch.GetTimestamp();
            LevellingProblem problem = MplibReader.Read(file);
            AllocationRuns.Solved solution = AllocationRuns.Solve(
                problem,
                solver,
                solverOptions,
                options.Text("via"),
                closingMilestone: true
            );
            double milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            int best = bestKnown.TryGetValue(instance, out int known) ? known : solution.Makespan;
            double deviation = 100.0 * (solution.Makespan - best) / best;
            if (options.Text("write-schedules") is string folder)
            {
                // One line per activity, "project:activity start", for checking with other tools.
                Directory.CreateDirectory(folder);
                File.WriteAllLines(
                    Path.Combine(folder, instance + ".starts"),
                    problem.Activities.Select(
                        (a, i) =>
                            a.Id.Value.Replace('.', ':')
                            + " "
                            + solution.Starts[i].ToString(CultureInfo.InvariantCulture)
                    )
                );
            }
            deviations.Add(deviation);
            matched += solution.Makespan <= best ? 1 : 0;
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{instance, -22} {problem.Activities.Length, 5} activities  makespan {solution.Makespan, 5}  "
                )
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"best known {best, 5}  {deviation, 6:0.00}%  {solution.Schedules, 8} schedules  "
                    )
                    + string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000, 5:0.0} s")
            );
            results.Add(
                new JsonObject
                {
                    ["instance"] = instance,
                    ["makespan"] = solution.Makespan,
                    ["bestKnown"] = best,
                    ["milliseconds"] = Math.Round(milliseconds, 1),
                }
            );
        }
        double average = deviations.Count == 0 ? 0 : deviations.Average();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"summary: {deviations.Count} portfolios, {solverOptions.TimeLimit!.Value.TotalSeconds:0.#} s each, "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"seed {solverOptions.Seed}: {average:0.00}% above the best known, {matched} matched"
                )
        );
        if (options.Text("json") is string json)
        {
            File.WriteAllText(
                json,
                new JsonObject
                {
                    ["instances"] = results,
                    ["avgDeviationFromBestKnownPercent"] = Math.Round(average, 3),
                    ["bestKnownMatched"] = matched,
                }.ToJsonString(new JsonSerializerOptions { WriteIndented = true })
            );
        }
        return 0;
    }
}
