using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Scheduling.Tests;

public class ProjectValidationTests
{
    private static readonly LocalDateTime Start = new(2026, 11, 23, 8, 0);

    private static Activity Task(string id, int hours = 8) => new(new ActivityId(id), id, Duration.FromHours(hours));

    private static Dependency Link(string from, string to) => new(new ActivityId(from), new ActivityId(to));

    [Fact]
    public void A_cycle_is_an_error_that_names_its_activities_in_link_order()
    {
        NetworkCycleException error = Assert.Throws<NetworkCycleException>(() =>
            new Project(
                new ProjectId("P"),
                "P",
                WorkCalendar.Standard,
                Start,
                [Task("A"), Task("B"), Task("C"), Task("D"), Task("E")],
                [Link("A", "B"), Link("B", "C"), Link("C", "D"), Link("D", "B"), Link("D", "E")]
            )
        );

        Assert.Equal(SchedulingErrorCodes.Cycle, error.Code);
        Assert.Equal(3, error.Cycle.Length);
        Assert.Equal(["B", "C", "D"], error.Cycle.Select(a => a.Value).Order());
        int b = error.Cycle.IndexOf(new ActivityId("B"));
        Assert.Equal(new ActivityId("C"), error.Cycle[(b + 1) % 3]);
        string first = error.Cycle[0].Value;
        Assert.Contains(
            $"{first} -> {error.Cycle[1]} -> {error.Cycle[2]} -> {first}",
            error.Message,
            System.StringComparison.Ordinal
        );
    }

    [Fact]
    public void Every_problem_is_reported_at_once_naming_the_activity()
    {
        ValidationException error = Assert.Throws<ValidationException>(() =>
            new Project(
                new ProjectId("P"),
                "P",
                WorkCalendar.Standard,
                Start,
                [
                    Task("A"),
                    Task("A"),
                    Task("B", -8) with
                    {
                        Calendar = new CalendarId("nowhere"),
                    },
                    Task("C") with
                    {
                        Priority = 2000,
                    },
                ],
                [Link("A", "Z"), Link("C", "C")]
            )
        );

        string[] codes = [.. error.Errors.Select(e => e.Code)];
        Assert.Contains(SchedulingErrorCodes.DuplicateActivity, codes);
        Assert.Contains(SchedulingErrorCodes.NegativeDuration, codes);
        Assert.Contains(SchedulingErrorCodes.UnknownCalendar, codes);
        Assert.Contains(SchedulingErrorCodes.PriorityOutOfRange, codes);
        Assert.Contains(SchedulingErrorCodes.MissingActivity, codes);
        Assert.Contains(SchedulingErrorCodes.SelfDependency, codes);
        ValidationError negative = error.Errors.Single(e => e.Code == SchedulingErrorCodes.NegativeDuration);
        Assert.Equal("B", negative.Location.RecordId);
        Assert.Equal("duration", negative.Location.Field);
        Assert.Contains(
            "'Z'",
            error.Errors.Single(e => e.Code == SchedulingErrorCodes.MissingActivity).Message,
            System.StringComparison.Ordinal
        );
    }

    [Fact]
    public void Parents_must_be_known_summaries()
    {
        ValidationException error = Assert.Throws<ValidationException>(() =>
            new Project(
                new ProjectId("P"),
                "P",
                WorkCalendar.Standard,
                Start,
                [
                    Task("A") with
                    {
                        Parent = new ActivityId("B"),
                    },
                    Task("B"),
                    Task("C") with
                    {
                        Parent = new ActivityId("X"),
                    },
                ],
                []
            )
        );

        Assert.Equal(
            [SchedulingErrorCodes.InvalidParent, SchedulingErrorCodes.MissingActivity],
            error.Errors.Select(e => e.Code)
        );
    }

    [Fact]
    public void Milestones_take_no_time()
    {
        ValidationException error = Assert.Throws<ValidationException>(() =>
            new Project(
                new ProjectId("P"),
                "P",
                WorkCalendar.Standard,
                Start,
                [new Activity(new ActivityId("M"), "M", Duration.FromHours(1), ActivityKind.Milestone)],
                []
            )
        );

        Assert.Equal(SchedulingErrorCodes.MilestoneDuration, Assert.Single(error.Errors).Code);
    }
}
