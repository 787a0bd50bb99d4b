using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Pso.Domain.Benchmarks.Reporting;
using Pso.Domain.Reporting;
using Pso.Domain.Reporting.Risk;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>risk</c>: a Monte Carlo schedule risk analysis of a random network.</summary>
internal sealed class RiskCommand : ICommand
{
    public string Name => "risk";

    public string Usage =>
        "risk [--activities N] [--iterations I] [--seed S] [--threads T] [--distribution pert|triangular]";

    public string Description =>
        "time of I iterations (default 10000) of the critical path method with durations sampled from three-point "
        + "estimates (PERT unless set) on a random network of N activities (default 1000), with P50/P80/P90";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(args, "activities", "iterations", "seed", "threads", "distribution");
        var (project, estimates) = RiskNetworks.Create(options.Int("activities", 1_000), options.Int("seed", 1));
        var analysis = new ScheduleRiskAnalysis(
            new ScheduleRiskOptions
            {
                Iterations = options.Int("iterations", 10_000),
                Seed = options.Int("seed", 1),
                DegreeOfParallelism = options.Int("threads", Environment.ProcessorCount),
                Distribution = options.Text("distribution") is "triangular"
                    ? DurationDistribution.Triangular
                    : DurationDistribution.Pert,
            }
        );
        new ScheduleRiskAnalysis(analysis.Options with { Iterations = 200 }).Run(project, estimates);
        long start = Stopwatch.GetTimestamp();
        ScheduleRiskResult result = analysis.Run(project, estimates);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"risk: {result.Iterations} iterations on {project.Activities.Length} activities in "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{elapsed.TotalSeconds:0.00} s ({result.Iterations / elapsed.TotalSeconds:0} iterations/s) on "
                )
                + string.Create(CultureInfo.InvariantCulture, $"{analysis.Options.DegreeOfParallelism} threads")
        );
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"finish: deterministic {result.Finish.Deterministic:uuuu-MM-dd}, P50 "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{result.Finish.P50:uuuu-MM-dd}, P80 {result.Finish.P80:uuuu-MM-dd}, P90 "
                )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{result.Finish.P90:uuuu-MM-dd}; {result.Finish.ChanceOfDeterministic:P0} chance of the "
                )
                + string.Create(CultureInfo.InvariantCulture, $"deterministic finish")
        );
        return 0;
    }
}
