using System;
using System.Collections.Generic;
using NodaTime;
using Pso.Domain.Benchmarks.Core;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Benchmarks.Scheduling;

/// <summary>Seeded random project networks for the scheduling benchmarks: activities of one to ten days, about two
/// finish-to-start links each to earlier activities (a few start-to-start, some with lags), on the standard calendar
/// with 10 holidays a year.</summary>
public static class RandomNetworks
{
    public static Project Create(int activities, int seed)
    {
        var random = new Random(seed);
        var list = new Activity[activities];
        for (int i = 0; i < activities; i++)
        {
            list[i] = new Activity(
                new ActivityId("A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                "Activity",
                Duration.FromHours(8 * random.Next(1, 11))
            );
        }
        var links = new List<Dependency>(activities * 2);
        for (int i = 1; i < activities; i++)
        {
            int count = random.Next(1, 4); // one to three, two on average
            for (int k = 0; k < count; k++)
            {
                // Mostly recent predecessors, so the network is long rather than flat.
                int from = Math.Max(0, i - 1 - random.Next(Math.Min(i, 50)));
                DependencyType type = random.Next(10) == 0 ? DependencyType.StartToStart : DependencyType.FinishToStart;
                Lag lag = random.Next(5) == 0 ? Lag.Working(Duration.FromHours(random.Next(-8, 17))) : Lag.None;
                links.Add(new Dependency(list[from].Id, list[i].Id, type, lag));
            }
        }
        return new Project(
            new ProjectId("bench"),
            "Benchmark",
            BenchmarkCalendars.WithHolidays(10, seed),
            new LocalDateTime(2021, 1, 4, 8, 0),
            list,
            Dedupe(links)
        );
    }

    private static List<Dependency> Dedupe(List<Dependency> links)
    {
        var seen = new HashSet<(ActivityId, ActivityId)>();
        return links.FindAll(l => seen.Add((l.Predecessor, l.Successor)));
    }
}
