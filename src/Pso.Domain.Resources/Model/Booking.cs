using System.Collections.Immutable;
using NodaTime;

namespace Pso.Domain.Resources;

/// <summary>A resource booked to a project (or one of its activities) over a range of dates.</summary>
/// <param name="Id">The booking's id.</param>
/// <param name="Resource">The resource.</param>
/// <param name="Project">The project.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
/// <param name="Load">How much: hours per working day, or units of the resource's calendar.</param>
public sealed record Booking(BookingId Id, ResourceId Resource, ProjectId Project, LocalDate Start, LocalDate End, BookingLoad Load)
{
    /// <summary>Gets the activity, when the booking is for one.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets how the work is spread over the booking's working days; flat by default.</summary>
    public WorkContour Contour { get; init; } = WorkContour.Flat;

    /// <summary>Gets, for <see cref="WorkContour.Explicit"/>, the work of each day of the booking from
    /// <see cref="Start"/> to <see cref="End"/>, one value a day; the booking's work is their sum and
    /// <see cref="Load"/> is not used.</summary>
    public ImmutableArray<Work> ExplicitWork { get; init; } = [];

    /// <summary>Gets whether the booking is confirmed or tentative; confirmed by default.</summary>
    public CommitmentStatus Status { get; init; } = CommitmentStatus.Confirmed;

    /// <summary>Gets the demand this booking staffs, if any.</summary>
    public DemandId? Demand { get; init; }
}

/// <summary>How much of a resource a booking takes on each working day.</summary>
public readonly record struct BookingLoad
{
    private BookingLoad(decimal hoursPerDay, decimal units)
    {
        HoursPerDay = hoursPerDay;
        Units = units;
    }

    /// <summary>Gets the hours per working day, when the load is in hours.</summary>
    public decimal HoursPerDay { get; }

    /// <summary>Gets the units of the resource's calendar (1 is its whole working day), when the load is in units.</summary>
    public decimal Units { get; }

    /// <summary>Gets whether the load is in units rather than hours.</summary>
    public bool IsUnits => Units != 0m;

    /// <summary>A load of so many hours on each working day of the resource.</summary>
    /// <param name="hours">The hours per day.</param>
    /// <returns>The load.</returns>
    public static BookingLoad Hours(decimal hours) => new(hours, 0m);

    /// <summary>A load of a share of the resource's working day: 1 is all of it, 0.5 half.</summary>
    /// <param name="units">The units.</param>
    /// <returns>The load.</returns>
    public static BookingLoad OfUnits(decimal units) => new(0m, units);

    /// <inheritdoc/>
    public override string ToString() => IsUnits
        ? Units.ToString(System.Globalization.CultureInfo.InvariantCulture) + " units"
        : HoursPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture) + " h/day";
}

/// <summary>How a booking's work is spread over its working days.</summary>
public enum WorkContour
{
    /// <summary>The same on every working day.</summary>
    Flat = 0,

    /// <summary>Most at the start, falling evenly to the end.</summary>
    FrontLoaded = 1,

    /// <summary>Least at the start, rising evenly to the end.</summary>
    BackLoaded = 2,

    /// <summary>Rising to the middle and falling again.</summary>
    Bell = 3,

    /// <summary>Given day by day in <see cref="Booking.ExplicitWork"/>.</summary>
    Explicit = 4,
}

/// <summary>Whether a booking or demand is agreed.</summary>
public enum CommitmentStatus
{
    /// <summary>Agreed.</summary>
    Confirmed = 0,

    /// <summary>Pencilled in.</summary>
    Tentative = 1,
}

/// <summary>A need for work from a project or activity: for a role, or for skills at a minimum proficiency.</summary>
/// <param name="Id">The demand's id.</param>
/// <param name="Project">The project.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
/// <param name="Effort">The work needed over the range, spread evenly over the working days of the plan's demand
/// calendar.</param>
public sealed record Demand(DemandId Id, ProjectId Project, LocalDate Start, LocalDate End, Work Effort)
{
    /// <summary>Gets the activity, when the demand is for one.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets the role needed, if the demand names one.</summary>
    public RoleId? Role { get; init; }

    /// <summary>Gets the skills needed, each at a minimum proficiency.</summary>
    public ImmutableArray<SkillRequirement> Skills { get; init; } = [];

    /// <summary>Gets the priority, 0 to 1000; 500 by default.</summary>
    public int Priority { get; init; } = 500;

    /// <summary>Gets whether the demand is confirmed or tentative.</summary>
    public CommitmentStatus Status { get; init; } = CommitmentStatus.Confirmed;

    /// <summary>Returns a demand for so many units per working day rather than a total effort: units x the demand
    /// calendar's working time on each day.</summary>
    /// <param name="id">The demand's id.</param>
    /// <param name="project">The project.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <param name="units">The units per day: 2 is two full-time people.</param>
    /// <param name="calendar">The calendar whose working time the units apply to.</param>
    /// <returns>The demand, with its effort worked out.</returns>
    public static Demand PerDay(DemandId id, ProjectId project, LocalDate start, LocalDate end, decimal units, Calendars.WorkCalendar calendar)
    {
        System.ArgumentNullException.ThrowIfNull(calendar);
        Duration time = end < start ? Duration.Zero : calendar.WorkingTime(new DateInterval(start, end));
        return new Demand(id, project, start, end, Work.FromDuration(time) * units);
    }
}

/// <summary>A skill a demand needs, at a minimum proficiency.</summary>
/// <param name="Skill">The skill.</param>
/// <param name="MinimumProficiency">The lowest acceptable proficiency, 1 to 5.</param>
public sealed record SkillRequirement(SkillId Skill, int MinimumProficiency = 1);

/// <summary>Hours a resource actually worked on a day, as a timesheet reports them.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Date">The day.</param>
/// <param name="Work">The work done.</param>
/// <param name="Billable">Whether the work is billable.</param>
public sealed record ActualWork(ResourceId Resource, LocalDate Date, Work Work, bool Billable = true);
