using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Pso.Domain.Benchmarks.Scheduling;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>cpm</c>: how many activities a second the critical path method schedules.</summary>
internal sealed class CpmCommand : ICommand
{
    public string Name => "cpm";

    public string Usage => "cpm [--activities N] [--seed S] [--runs R]";

    public string Description =>
        "median activities per second of the whole critical-path computation on a random network of N activities "
        + "(default 100000) with about two links each, and bytes allocated per activity";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(args, "activities", "seed", "runs");
        int activities = options.Int("activities", 100_000);
        int runs = Math.Max(1, options.Int("runs", 5));
        Stopwatch build = Stopwatch.StartNew();
        Project project = RandomNetworks.Create(activities, options.Int("seed", 1));
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"network: {activities} activities, {project.Dependencies.Length} links, built and checked in "
            ) + string.Create(CultureInfo.InvariantCulture, $"{build.Elapsed.TotalMilliseconds:0} ms")
        );
        var scheduler = new CpmScheduler();
        // Warm up for a few runs and at least two seconds, so that the measured runs use fully optimised code.
        long warmUp = Stopwatch.GetTimestamp();
        for (int w = 0; w < 3 || Stopwatch.GetElapsedTime(warmUp).TotalSeconds < 2; w++)
        {
            scheduler.Schedule(project);
        }
        int collections = GC.CollectionCount(2);
        var seconds = new double[runs];
        long bytes = 0;
        ScheduleResult? result = null;
        for (int r = 0; r < runs; r++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            result = scheduler.Schedule(project);
            seconds[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        double median = seconds.Order().ElementAt(runs / 2);
        collections = GC.CollectionCount(2) - collections;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"cpm: median {median * 1000:0.0} ms of {runs} runs = {activities / median:0} activities/s, "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{bytes / (double)activities:0} bytes allocated per activity, {collections} full collections"
                )
        );
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"project finish {result!.Finish:uuuu-MM-dd HH:mm}, {result.CriticalPath.Length} critical activities"
            )
        );
        return 0;
    }
}
