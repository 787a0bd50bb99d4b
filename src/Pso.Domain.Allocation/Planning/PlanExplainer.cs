using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Allocation.Planning;

/// <summary>Says in dates and names why work waited or went unstaffed: who was away, booked elsewhere (on which
/// project, confirmed or tentative) or working on which planned activity, and whether anyone else could have done
/// it.</summary>
internal static class PlanExplainer
{
    /// <summary>Describes what took a person's time between two dates: their absences, the bookings kept and the
    /// planned work of other activities.</summary>
    internal static string Describe(
        PlanRun run,
        int person,
        LocalDate first,
        LocalDate last,
        ActivityRef except,
        Func<ResourceId, IReadOnlyList<Booking>> planned
    )
    {
        Resource resource = run.People[person];
        var window = new DateInterval(first, last);
        var parts = new List<string>();
        foreach (Absence absence in resource.Absences.Where(a => Overlaps(a.Dates, window)))
        {
            string what = absence.Kind switch
            {
                AbsenceKind.SickLeave => "off sick",
                AbsenceKind.Other => "away",
                _ => "on leave",
            };
            parts.Add($"{resource.Name} is {what} {Span(absence.Dates.Start, absence.Dates.End)}");
        }
        foreach (
            var booked in run.KeptBookingsOf(resource.Id)
                .Where(b => Overlaps(b.Dates, window))
                .GroupBy(b => (b.Project, b.Status))
        )
        {
            LocalDate from = LocalDate.Max(first, booked.Min(b => b.Dates.Start));
            LocalDate to = LocalDate.Min(last, booked.Max(b => b.Dates.End));
            parts.Add(
                $"{resource.Name} is booked on {booked.Key.Project} "
                    + $"({booked.Key.Status.ToString().ToLowerInvariant()}) {Span(from, to)}"
            );
        }
        foreach (
            Booking work in planned(resource.Id)
                .Where(b => Overlaps(b.Dates, window) && new ActivityRef(b.Project, b.Activity ?? default) != except)
                .Take(3)
        )
        {
            LocalDate from = LocalDate.Max(first, work.Dates.Start);
            LocalDate to = LocalDate.Min(last, work.Dates.End);
            parts.Add($"{resource.Name} works on {work.Project}/{work.Activity} {Span(from, to)}");
        }
        return string.Join("; ", parts);
    }

    /// <summary>Says whether anyone else meets a need.</summary>
    internal static string Others(PlanRun run, PlanNeed need, PlanTask task)
    {
        var chosen = task.Needs.SelectMany(n => n.Assigned).Select(a => a.Person).ToHashSet();
        ImmutableArray<string> others =
        [
            .. need.Qualified.Where(p => !chosen.Contains(p)).Select(p => run.People[p].Name),
        ];
        return others.IsEmpty ? $"; nobody else meets {need.Requirement.Describe()}"
            : others.Length <= 3
                ? $"; {string.Join(", ", others)} also meet{(others.Length == 1 ? "s" : "")} it but had no earlier time"
            : $"; {others.Length} others also meet it but had no earlier time";
    }

    /// <summary>Says why levelling held a task back: what took its people's time from where it could have started to
    /// where it starts.</summary>
    internal static string WhyHeldBack(
        PlanRun run,
        PlanTask task,
        ActivitySchedule at,
        Duration delay,
        Func<ResourceId, IReadOnlyList<Booking>> planned
    )
    {
        LocalDateTime could = task.Calendar.SubtractWorkingTime(at.Start, delay);
        LocalDate first = could.Date;
        // A start was out of reach when the person was short anywhere in the run it would have had.
        LocalDate last = LocalDate.Max(first, LocalDate.Max(at.Start.Date, at.Finish.Date).PlusDays(-1));
        string unit = run.Options.Granularity == PlanningGranularity.Day ? "working day" : "working hour";
        int count = Math.Max(1, run.Axis.PeriodOfStart(at.Start) - run.Axis.PeriodOfStart(could));
        var reasons = task
            .Needs.SelectMany(n => n.Assigned.Select(a => a.Person))
            .Distinct()
            .Select(p => Describe(run, p, first, last, task.Ref, planned))
            .Where(s => s.Length > 0)
            .ToList();
        string others = string.Concat(task.Needs.Select(n => Others(run, n, task)).Distinct());
        ImmutableArray<ActivityRef> elsewhere = run.PredecessorsElsewhere(task);
        string why =
            reasons.Count > 0 ? string.Join("; ", reasons)
            : task.Needs.Count == 0 && !elsewhere.IsEmpty
                ? $"it waits for {string.Join(", ", elsewhere.Take(3))}"
                    + (elsewhere.Length > 3 ? $" and {elsewhere.Length - 3} more" : "")
                    + " in other projects"
            : "its people are busy with work planned earlier";
        return $"held back {count} {unit}{(count == 1 ? "" : "s")} from {could:ddd d MMM uuuu}: {why}{others}";
    }

    /// <summary>Names the activity of a project held back longest, with the reason.</summary>
    internal static string Latest(ImmutableArray<PlannedActivity> activities, ProjectId project)
    {
        PlannedActivity? most = activities
            .Where(a => a.Activity.Project == project && a.LevellingDelay > Duration.Zero)
            .OrderByDescending(a => a.LevellingDelay)
            .FirstOrDefault();
        return most is null ? "" : $"; held back most: {most.Activity.Activity}, {most.DelayReason}";
    }

    /// <summary>Writes a span of dates: <c>on Mon 11 Jan 2027</c>, <c>8-12 Jan 2027</c> or <c>29 Dec 2026-4 Jan
    /// 2027</c>.</summary>
    internal static string Span(LocalDate first, LocalDate last) =>
        first == last ? $"on {first:ddd d MMM uuuu}"
        : first.Year == last.Year && first.Month == last.Month ? $"{first.Day}-{last:d MMM uuuu}"
        : first.Year == last.Year ? $"{first:d MMM}-{last:d MMM uuuu}"
        : $"{first:d MMM uuuu}-{last:d MMM uuuu}";

    private static bool Overlaps(DateInterval a, DateInterval b) => a.Start <= b.End && b.Start <= a.End;
}
