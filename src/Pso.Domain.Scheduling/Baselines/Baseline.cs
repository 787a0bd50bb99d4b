using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Scheduling.Cpm;
using Pso.Domain.Utility;

namespace Pso.Domain.Scheduling.Baselines;

/// <summary>
/// A saved copy of a schedule's planned dates, durations and work, against which progress is measured. A project keeps
/// up to eleven, numbered 0 (the baseline) to 10, as Microsoft Project does.
///</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class Baseline
{
    /// <summary>The highest baseline number: 10, for eleven baselines 0 to 10.</summary>
    public const int MaxNumber = 10;

    private readonly FrozenDictionary<ActivityId, BaselineEntry> _entries;

    /// <summary>Initialises a baseline from its entries.</summary>
    /// <param name="number">The number, 0 to <see cref="MaxNumber"/>.</param>
    /// <param name="name">A name such as <c>Approved plan</c>.</param>
    /// <param name="capturedOn">When it was captured.</param>
    /// <param name="entries">One entry per activity.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0 to 10.</exception>
    /// <exception cref="ArgumentException">Two entries are for the same activity.</exception>
    public Baseline(int number, string name, LocalDate capturedOn, IEnumerable<BaselineEntry> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxNumber);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(entries);
        Number = number;
        Name = name;
        CapturedOn = capturedOn;
        Entries = [.. entries];
        var byId = new Dictionary<ActivityId, BaselineEntry>();
        foreach (BaselineEntry entry in Entries)
        {
            Preconditions.CheckArgument(
                byId.TryAdd(entry.Activity, entry),
                nameof(entries),
                $"Baseline {number} has two entries for activity '{entry.Activity}'."
            );
        }
        _entries = byId.ToFrozenDictionary();
    }

    /// <summary>Gets the number, 0 to 10.</summary>
    public int Number { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets when it was captured.</summary>
    public LocalDate CapturedOn { get; }

    /// <summary>Gets the entries, one per activity.</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>Captures a baseline from a schedule: each non-summary activity's scheduled start and finish, its
    /// duration and its planned work, when known.</summary>
    /// <param name="schedule">The schedule to save.</param>
    /// <param name="number">The number, 0 to 10.</param>
    /// <param name="name">A name.</param>
    /// <param name="capturedOn">When it is captured.</param>
    /// <returns>The baseline.</returns>
    public static Baseline Capture(ScheduleResult schedule, int number, string name, LocalDate capturedOn)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new Baseline(
            number,
            name,
            capturedOn,
            schedule
                .Project.Activities.Where(a => a.Kind != ActivityKind.Summary)
                .Select(a => new BaselineEntry(a.Id, schedule[a.Id].Start, schedule[a.Id].Finish, a.Duration, a.Work))
        );
    }

    /// <summary>Looks up the entry of an activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="entry">The entry when found.</param>
    /// <returns>Whether the baseline holds the activity (activities added after it was captured do not).</returns>
    public bool TryGetEntry(
        ActivityId activity,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BaselineEntry? entry
    ) => _entries.TryGetValue(activity, out entry);

    /// <summary>Compares a current schedule with this baseline, activity by activity, in working time on each
    /// activity's calendar. Activities that the baseline does not hold are left out.</summary>
    /// <param name="current">The current schedule.</param>
    /// <returns>The variances, in the project's order of activities.</returns>
    public ImmutableArray<BaselineVariance> Compare(ScheduleResult current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var variances = ImmutableArray.CreateBuilder<BaselineVariance>();
        foreach (Activity activity in current.Project.Activities)
        {
            if (activity.Kind == ActivityKind.Summary || !_entries.TryGetValue(activity.Id, out BaselineEntry? planned))
            {
                continue;
            }
            WorkCalendar calendar = current.Project.CalendarOf(activity);
            ActivitySchedule now = current[activity.Id];
            variances.Add(
                new BaselineVariance(
                    activity.Id,
                    calendar.WorkingTimeBetween(planned.Start, now.Start),
                    calendar.WorkingTimeBetween(planned.Finish, now.Finish),
                    activity.Duration - planned.Duration
                )
            );
        }
        return variances.ToImmutable();
    }
}
