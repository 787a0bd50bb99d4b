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
    [
        DependencyType.FinishToStart,
        DependencyType.FinishToStart,
        DependencyType.StartToStart,
        DependencyType.FinishToFinish,
        DependencyType.StartToFinish,
    ];

    public static Arbitrary<RandomNetwork> RandomNetwork() =>
        (
            from count in Gen.Choose(1, 40)
            from hours in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 40))), count)
            from edgeSeeds in Gen.ArrayOf(Gen.Choose(0, 1_000_000), count * 3)
            from week in Gen.Frequency((2, Gen.Constant(WorkWeek.Standard)), (1, DomainArbitraries.WeekGen))
            from startMinute in Gen.Choose(0, (7 * 24 * 60) - 1)
            select Build(hours, edgeSeeds, week, startMinute)
        ).ToArbitrary();

    private static RandomNetwork Build(int[] hours, int[] seeds, WorkWeek week, int startMinute)
    {
        int n = hours.Length;
        Activity[] activities =
        [
            .. Enumerable
                .Range(0, n)
                .Select(i => new Activity(new ActivityId($"T{i}"), $"Task {i}", Duration.FromHours(hours[i]))),
        ];
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
        $"{Project.Activities.Length} activities starting {Project.Start}: "
        + string.Join(", ", Project.Activities.Select(a => $"{a.Id}={a.Duration.TotalHours}h"))
        + "; "
        + string.Join(", ", Project.Dependencies)
        + $"; week {Project.Calendar.Week}";
}

/// <summary>Random networks with everything the engine handles: milestones, all lag kinds, every constraint type,
/// deadlines, summaries, manual starts, progress and a status date, on one random calendar.</summary>
public static class RichNetworkArbitraries
{
    private static readonly ConstraintType[] Constraints = System.Enum.GetValues<ConstraintType>();

    public static Arbitrary<RichNetwork> RichNetwork() =>
        (
            from network in NetworkArbitraries.RandomNetwork().Generator
            from seeds in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 64)
            select new RichNetwork(Decorate(network.Project, seeds))
        ).ToArbitrary();

    private static Project Decorate(Project plain, int[] seeds)
    {
        int s = 0;
        int Next(int bound) => (int)((long)seeds[s++ % seeds.Length] * 7919 % bound);
        LocalDateTime Moment() => plain.Start.PlusMinutes(Next(30 * 24 * 4) * 15);
        bool withProgress = Next(3) == 0;
        LocalDateTime? status = withProgress ? Moment() : null;
        var activities = new List<Activity>();
        int summaries = Next(3);
        for (int k = 0; k < summaries; k++)
        {
            activities.Add(new Activity(new ActivityId($"S{k}"), $"Summary {k}", Duration.Zero, ActivityKind.Summary));
        }
        foreach (Activity original in plain.Activities)
        {
            Activity a =
                original.Duration == Duration.Zero ? original with { Kind = ActivityKind.Milestone } : original;
            switch (Next(12))
            {
                case 0:
                case 1:
                    a = a with
                    {
                        Constraint = ScheduleConstraint.On(Constraints[2 + Next(Constraints.Length - 2)], Moment()),
                    };
                    break;
                case 2:
                    a = a with { Constraint = ScheduleConstraint.AsLateAsPossible };
                    break;
                case 3:
                    a = a with { Deadline = Moment() };
                    break;
                case 4:
                    a = a with { ManualStart = Moment() };
                    break;
                case 6:
                    a = a with { LevellingDelay = Duration.FromMinutes(30 * (1 + Next(32))) };
                    break;
                case 5 when status is LocalDateTime statusDate:
                    LocalDateTime started = plain.Start.PlusMinutes(
                        Next((int)System.Math.Max(1, (statusDate - plain.Start).ToDuration().TotalMinutes))
                    );
                    a =
                        Next(2) == 0
                            ? a with
                            {
                                ActualStart = started,
                                PercentComplete = Next(101),
                            }
                            : a with
                            {
                                ActualStart = started,
                                ActualFinish = started.PlusHours(Next(50)),
                                PercentComplete = 100,
                            };
                    break;
                default:
                    break;
            }
            if (summaries > 0 && Next(3) > 0)
            {
                a = a with { Parent = new ActivityId($"S{Next(summaries)}") };
            }
            activities.Add(a);
        }
        if (summaries > 1)
        {
            activities[1] = activities[1] with { Parent = new ActivityId("S0") };
        }
        var links = plain.Dependencies.Select(d =>
            (Next(4)) switch
            {
                0 => new Dependency(
                    d.Predecessor,
                    d.Successor,
                    d.Type,
                    Lag.Elapsed(Duration.FromMinutes((Next(97) - 48) * 30))
                ),
                1 => new Dependency(d.Predecessor, d.Successor, d.Type, Lag.PercentOfPredecessor(Next(301) - 100)),
                _ => d,
            }
        );
        return new Project(plain.Id, plain.Name, plain.Calendar, plain.Start, activities, links, statusDate: status);
    }
}

public sealed record RichNetwork(Project Project)
{
    public override string ToString() =>
        $"{Project.Activities.Length} activities starting {Project.Start}, status {Project.StatusDate}: "
        + string.Join(", ", Project.Activities)
        + "; "
        + string.Join(", ", Project.Dependencies)
        + $"; week {Project.Calendar.Week}";
}
