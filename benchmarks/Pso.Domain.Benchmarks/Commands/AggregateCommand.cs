using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Pso.Domain.Benchmarks.Reporting;
using Pso.Domain.Reporting;
using Pso.Domain.Reporting.TimePhased;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>aggregate</c>: time and cost lines summed into project x week, against a plain LINQ GroupBy.</summary>
internal sealed class AggregateCommand : ICommand
{
    public string Name => "aggregate";

    public string Usage => "aggregate [--lines N] [--projects P] [--seed S] [--runs R]";

    public string Description =>
        "median time to sum N time and cost lines (default 10000000) of P projects (default 200) into project x week "
        + "earned value and utilisation, and the same by LINQ GroupBy";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(args, "lines", "projects", "seed", "runs");
        int count = options.Int("lines", 10_000_000);
        int runs = Math.Max(1, options.Int("runs", 5));
        PerformanceLine[] lines = RandomLines.Create(count, options.Int("projects", 200), options.Int("seed", 1));
        var aggregation = new AggregationOptions(Currency.Usd);
        TimePhasedPerformance result = TimePhasedPerformance.Aggregate(lines, aggregation);
        int groups = RandomLines.GroupByProjectAndWeek(lines).Count;
        double ours = Median(runs, () => TimePhasedPerformance.Aggregate(lines, aggregation));
        double linq = Median(runs, () => RandomLines.GroupByProjectAndWeek(lines));
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"lines: {count}, {result.Elements.Length} projects, {result.Periods.Length} weeks, "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{result.Cells.Length} cells (LINQ: {groups} groups), {Environment.ProcessorCount} cores"
                )
        );
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"aggregate: median {ours * 1000:0} ms of {runs} runs = {count / ours:0} lines/s; LINQ GroupBy: "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"median {linq * 1000:0} ms; {linq / ours:0.0} times faster"
                )
        );
        return 0;
    }

    private static double Median(int runs, Func<object> body)
    {
        body();
        var seconds = new double[runs];
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            long start = Stopwatch.GetTimestamp();
            body();
            seconds[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        return seconds.Order().ElementAt(runs / 2);
    }
}
