using System.Collections.Immutable;
using NodaTime;

namespace Pso.Domain.Resources;

/// <summary>A resource booked to a project (or one of its activities) over a range of dates.</summary>
/// <param name="Id">The booking's id.</param>
/// <param name="Resource">The resource.</param>
/// <param name="Project">The project.</param>
/// <param name="Dates">The days booked, first to last.</param>
/// <param name="Load">How much: hours per working day, or units of the resource's calendar.</param>
public sealed record Booking(BookingId Id, ResourceId Resource, ProjectId Project, DateInterval Dates, BookingLoad Load)
{
    /// <summary>Gets the days booked, first to last.</summary>
    public DateInterval Dates { get; init; } = Dates ?? throw new System.ArgumentNullException(nameof(Dates));

    /// <summary>Gets the activity, when the booking is for one.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets how the work is spread over the booking's working days; flat by default.</summary>
    public WorkContour Contour { get; init; } = WorkContour.Flat;

    /// <summary>Gets, for <see cref="WorkContour.Explicit"/>, the work of each day of the booking of
    /// <see cref="Dates"/>, one value a day; the booking's work is their sum and
    /// <see cref="Load"/> is not used.</summary>
    public ImmutableArray<Work> ExplicitWork { get; init; } = [];

    /// <summary>Gets whether the booking is confirmed or tentative; confirmed by default.</summary>
    public BookingStatus Status { get; init; } = BookingStatus.Confirmed;

    /// <summary>Gets the demand this booking staffs, if any.</summary>
    public DemandId? Demand { get; init; }
}
