using System.Collections.Immutable;
using NodaTime;

namespace Pso.Domain.Resources;

/// <summary>A need for work from a project or activity: for a role, or for skills at a minimum proficiency.</summary>
/// <param name="Id">The demand's id.</param>
/// <param name="Project">The project.</param>
/// <param name="Dates">The days the work is needed, first to last.</param>
/// <param name="Effort">The work needed over the range, spread evenly over the working days of the plan's demand
/// calendar.</param>
public sealed record Demand(DemandId Id, ProjectId Project, DateInterval Dates, Work Effort)
{
    /// <summary>Gets the days the work is needed, first to last.</summary>
    public DateInterval Dates { get; init; } = Dates ?? throw new System.ArgumentNullException(nameof(Dates));

    /// <summary>Gets the activity, when the demand is for one.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets the role needed, if the demand names one.</summary>
    public RoleId? Role { get; init; }

    /// <summary>Gets the skills needed, each at a minimum proficiency.</summary>
    public ImmutableArray<SkillRequirement> Skills { get; init; } = [];

    /// <summary>Gets the priority, 0 to 1000; 500 by default.</summary>
    public int Priority { get; init; } = 500;

    /// <summary>Gets whether the demand is confirmed or tentative.</summary>
    public BookingStatus Status { get; init; } = BookingStatus.Confirmed;

    /// <summary>Returns a demand for so many units per working day rather than a total effort: units x the demand
    /// calendar's working time on each day.</summary>
    /// <param name="id">The demand's id.</param>
    /// <param name="project">The project.</param>
    /// <param name="dates">The days the work is needed.</param>
    /// <param name="units">The units per day: 2 is two full-time people.</param>
    /// <param name="calendar">The calendar whose working time the units apply to.</param>
    /// <returns>The demand, with its effort worked out.</returns>
    public static Demand PerDay(
        DemandId id,
        ProjectId project,
        DateInterval dates,
        decimal units,
        Calendars.WorkCalendar calendar
    )
    {
        System.ArgumentNullException.ThrowIfNull(dates);
        System.ArgumentNullException.ThrowIfNull(calendar);
        return new Demand(id, project, dates, Work.FromDuration(calendar.WorkingTime(dates)) * units);
    }
}
