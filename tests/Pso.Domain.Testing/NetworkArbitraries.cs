using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Testing;

/// <summary>Random acyclic networks on one random calendar, without constraints.</summary>
public static class NetworkArbitraries
{
    private static readonly DependencyType[] Types =
        [DependencyType.FinishToStart, DependencyType.FinishToStart, DependencyType.StartToStart, DependencyType.FinishToFinish, DependencyType.StartToFinish];

    public static Arbitrary<RandomNetwork> RandomNetwork() =>
        (from count in Gen.Choose(1, 40)
         from hours in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 40))), count)
         from edgeSeeds in Gen.ArrayOf(Gen.Choose(0, 1_000_000), count * 3)
         from week in Gen.Frequency((2, Gen.Constant(WorkWeek.Standard)), (1, DomainArbitraries.WeekGen))
         from startMinute in Gen.Choose(0, (7 * 24 * 60) - 1)
         select Build(hours, edgeSeeds, week, startMinute)).ToArbitrary();

    private static RandomNetwork Build(int[] hours, int[] seeds, WorkWeek week, int startMinute)
    {
        int n = hours.Length;
        Activity[] activities = [.. Enumerable.Range(0, n).Select(i => new Activity(new ActivityId($"T{i}"), $"Task {i}", Duration.FromHours(hours[i])))];
        var links = new List<Dependency>();
        var seen = new HashSet<(int, int)>();
        for (int k = 0; k + 2 < seeds.Length && n > 1; k += 3)
        {
            int a = seeds[k] % n;
            int b = seeds[k + 1] % n;
            if (a == b || !seen.Add((System.Math.Min(a, b), System.Math.Max(a, b))))
            {
                continue;
            }
            (int from, int to) = a < b ? (a, b) : (b, a); // edges from lower to higher index keep the network acyclic
            int lagHours = (seeds[k + 2] % 33) - 16;
            Lag lag = seeds[k + 2] % 3 == 0 ? Lag.None : Lag.Working(Duration.FromHours(lagHours));
            links.Add(new Dependency(activities[from].Id, activities[to].Id, Types[seeds[k + 2] % Types.Length], lag));
        }
        var calendar = new WorkCalendar(new CalendarId("random"), week);
        LocalDateTime start = new LocalDate(2026, 11, 23).AtMidnight().PlusMinutes(startMinute);
        return new RandomNetwork(new Project(new ProjectId("R"), "Random", calendar, start, activities, links));
    }
}

public sealed record RandomNetwork(Project Project)
{
    public override string ToString() =>
        $"{Project.Activities.Length} activities starting {Project.Start}: " +
        string.Join(", ", Project.Activities.Select(a => $"{a.Id}={a.Duration.TotalHours}h")) + "; " +
        string.Join(", ", Project.Dependencies) + $"; week {Project.Calendar.Week}";
}
