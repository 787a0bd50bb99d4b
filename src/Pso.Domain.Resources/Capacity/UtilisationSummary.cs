namespace Pso.Domain.Resources.Capacity;

/// <summary>A resource's use over a range of dates: capacity, bookings and, when supplied, the hours actually
/// worked.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Capacity">Its capacity.</param>
/// <param name="Booked">Its confirmed bookings.</param>
/// <param name="Billable">Actual billable work.</param>
/// <param name="NonBillable">Actual non-billable work.</param>
public sealed record UtilisationSummary(
    ResourceId Resource,
    Work Capacity,
    Work Booked,
    Work Billable,
    Work NonBillable
)
{
    /// <summary>Gets all actual work.</summary>
    public Work Actual => Billable + NonBillable;

    /// <summary>Gets booked over capacity, or null without capacity.</summary>
    public decimal? BookedUtilisation => Capacity == Work.Zero ? null : Booked / Capacity;

    /// <summary>Gets actual over capacity, or null without capacity.</summary>
    public decimal? ActualUtilisation => Capacity == Work.Zero ? null : Actual / Capacity;

    /// <summary>Gets actual billable work over capacity, or null without capacity.</summary>
    public decimal? BillableUtilisation => Capacity == Work.Zero ? null : Billable / Capacity;
}
