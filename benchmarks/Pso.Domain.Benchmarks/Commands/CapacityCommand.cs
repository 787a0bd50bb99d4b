using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Benchmarks.Resources;
using Pso.Domain.Resources;
using Pso.Domain.Resources.Capacity;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>capacity</c>: how long the capacity matrix of a resource pool takes, and a skill query on it.</summary>
internal sealed class CapacityCommand : ICommand
{
    public string Name => "capacity";

    public string Usage => "capacity [--resources N] [--days D] [--bookings B] [--seed S] [--runs R]";

    public string Description =>
        "median time to build the full capacity / booked / available matrix of N resources over D days with B "
        + "bookings, the median skill-and-availability query, and the memory used";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(args, "resources", "days", "bookings", "seed", "runs");
        int resources = options.Int("resources", 5_000);
        int days = options.Int("days", 730);
        int bookingCount = options.Int("bookings", 100_000);
        int runs = Math.Max(1, options.Int("runs", 5));
        (ResourcePool pool, Booking[] bookings, DateInterval horizon) = RandomPortfolios.Create(
            resources,
            days,
            bookingCount,
            options.Int("seed", 1)
        );
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"pool: {resources} resources, {bookingCount} bookings, {days} days ({horizon.Start:uuuu-MM-dd} to "
            ) + string.Create(CultureInfo.InvariantCulture, $"{horizon.End:uuuu-MM-dd})")
        );

        CapacityPlan.Create(pool, bookings, [], horizon); // warm-up
        long before = GC.GetTotalMemory(forceFullCollection: true);
        CapacityPlan plan = CapacityPlan.Create(pool, bookings, [], horizon);
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        var seconds = new double[runs];
        long allocated = 0;
        for (int r = 0; r < runs; r++)
        {
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            plan = CapacityPlan.Create(pool, bookings, [], horizon);
            seconds[r] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        }
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"matrix {seconds.Order().ElementAt(runs / 2):0.000} s (median of {runs}), "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{allocated / 1_048_576.0:0} MiB allocated, {retained / 1_048_576.0:0} MiB held by the plan"
                )
        );

        var random = new Random(options.Int("seed", 1));
        var queries = new (SkillId Skill, LocalDate Start)[200];
        for (int q = 0; q < queries.Length; q++)
        {
            queries[q] = (
                RandomPortfolios.Skills[random.Next(RandomPortfolios.Skills.Length)],
                horizon.Start.PlusDays(random.Next(Math.Max(1, days - 91)))
            );
        }
        var milliseconds = new double[queries.Length];
        int found = 0;
        for (int q = 0; q < queries.Length; q++)
        {
            long start = Stopwatch.GetTimestamp();
            found += plan.FindAvailable(
                queries[q].Skill,
                3,
                Work.FromHours(10),
                new DateInterval(queries[q].Start, queries[q].Start.PlusDays(90))
            ).Length;
            milliseconds[q] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"query {milliseconds.Order().ElementAt(queries.Length / 2):0.000} ms (median of {queries.Length} "
            )
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"searches for a skill at level 3+ with 10 h free every week for 13 weeks; "
                )
                + string.Create(CultureInfo.InvariantCulture, $"{found / (double)queries.Length:0.0} matches each)")
        );
        return 0;
    }
}
