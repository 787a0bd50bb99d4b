using System;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Scheduling.Tests;

public class WithDurationsTests
{
    private static readonly LocalDateTime Start = new(2026, 1, 5, 8, 0);

    private static Project Chain() =>
        new(
            new ProjectId("P"),
            "Chain",
            WorkCalendar.Standard,
            Start,
            [
                new Activity(new ActivityId("A"), "A", Duration.FromHours(8)),
                new Activity(new ActivityId("B"), "B", Duration.FromHours(8)),
                new Activity(new ActivityId("M"), "M", Duration.Zero, ActivityKind.Milestone),
            ],
            [
                new Dependency(new ActivityId("A"), new ActivityId("B")),
                new Dependency(new ActivityId("B"), new ActivityId("M")),
            ]
        );

    [Fact]
    public void Other_durations_schedule_like_a_project_built_with_them()
    {
        Project chain = Chain();
        Duration[] durations = [Duration.FromHours(16), Duration.FromHours(4), Duration.Zero];

        Project changed = chain.WithDurations(durations);
        Project built = chain.WithActivities(
            [
                chain.Activities[0] with
                {
                    Duration = durations[0],
                },
                chain.Activities[1] with
                {
                    Duration = durations[1],
                },
                chain.Activities[2],
            ],
            null
        );

        var scheduler = new CpmScheduler();
        Assert.Equal(scheduler.Schedule(built).Finish, scheduler.Schedule(changed).Finish);
        Assert.Equal(new LocalDateTime(2026, 1, 7, 12, 0), scheduler.Schedule(changed).Finish);
        Assert.Equal(Duration.FromHours(8), chain.Activities[0].Duration);
    }

    [Fact]
    public void Wrong_durations_are_refused()
    {
        Project chain = Chain();

        Assert.Throws<ArgumentException>(() => chain.WithDurations([Duration.FromHours(1)]));
        Assert.Throws<ArgumentException>(() =>
            chain.WithDurations([Duration.FromHours(-1), Duration.Zero, Duration.Zero])
        );
        Assert.Throws<ArgumentException>(() =>
            chain.WithDurations([Duration.Zero, Duration.Zero, Duration.FromHours(1)])
        );
    }
}
