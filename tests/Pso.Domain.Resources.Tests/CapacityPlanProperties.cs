using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pso.Domain.Periods;
using Pso.Domain.Resources.Capacity;
using Pso.Domain.Testing;

namespace Pso.Domain.Resources.Tests;

public class CapacityPlanProperties
{
    private static CapacityPlan Plan(RandomBookings data, bool countTentative = false) =>
        CapacityPlan.Create(
            data.Pool,
            data.Bookings,
            [],
            ResourceArbitraries.Horizon,
            new CapacityPlanOptions { CountTentative = countTentative }
        );

    [SeededProperty(typeof(ResourceArbitraries))]
    public bool Capacity_less_bookings_is_availability_in_every_period(RandomBookings data, bool countTentative)
    {
        CapacityPlan plan = Plan(data, countTentative);
        return new[] { PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month }.All(unit =>
            plan.ByResource(unit)
                .All(row =>
                    T(row.Available)
                        == T(row.Capacity) - T(row.Booked) - (countTentative ? T(row.TentativelyBooked) : 0)
                    && T(row.Available) == T(plan.Available(row.Key, row.Period.Dates))
                )
        );
    }

    [SeededProperty(typeof(ResourceArbitraries))]
    public Property Splitting_a_flat_booking_in_two_leaves_every_day_unchanged(RandomBookings data, int cut)
    {
        Booking[] flat = [.. data.Bookings.Select(b => b with { Contour = WorkContour.Flat })];
        // A booking of two days or more can be split: the first such one is, at a day before its end. Portfolios
        // without one are classified, so the share of cases that test the law shows.
        int index = System.Array.FindIndex(flat, b => b.Dates.Length > 1);
        if (index < 0)
        {
            return true.ToProperty().Classify(true, "no booking of two days or more");
        }
        Booking whole = flat[index];
        int days = whole.Dates.Length - 1;
        LocalDate firstEnd = whole.Dates.Start.PlusDays((int)(System.Math.Abs((long)cut) % days));
        Booking[] split =
        [
            whole with
            {
                Dates = new DateInterval(whole.Dates.Start, firstEnd),
            },
            whole with
            {
                Id = new BookingId("second half"),
                Dates = new DateInterval(firstEnd.PlusDays(1), whole.Dates.End),
            },
            .. flat.Where((_, k) => k != index),
        ];
        CapacityPlan before = CapacityPlan.Create(data.Pool, flat, [], ResourceArbitraries.Horizon);
        CapacityPlan after = CapacityPlan.Create(data.Pool, split, [], ResourceArbitraries.Horizon);
        return before
            .ByResource(PeriodUnit.Day)
            .SequenceEqual(after.ByResource(PeriodUnit.Day))
            .ToProperty()
            .Classify(false, "no booking of two days or more");
    }

    [SeededProperty(typeof(ResourceArbitraries))]
    public bool Days_add_up_to_weeks_and_months_exactly(RandomBookings data)
    {
        CapacityPlan plan = Plan(data);
        var days = plan.ByResource(PeriodUnit.Day);
        return new[] { PeriodUnit.Week, PeriodUnit.Month, PeriodUnit.Quarter }.All(unit =>
            plan.ByResource(unit)
                .All(row =>
                {
                    var inside = days.Where(d => d.Key == row.Key && row.Period.Dates.Contains(d.Period.Start))
                        .ToList();
                    return T(row.Capacity) == inside.Sum(d => T(d.Capacity))
                        && T(row.Booked) == inside.Sum(d => T(d.Booked))
                        && T(row.TentativelyBooked) == inside.Sum(d => T(d.TentativelyBooked));
                })
        );
    }

    [SeededProperty(typeof(ResourceArbitraries))]
    public bool A_contour_spreads_exactly_the_flat_work(RandomBookings data)
    {
        // Inside the horizon and on a whole booking, every contour books what the flat booking books.
        Booking[] inside =
        [
            .. data.Bookings.Where(b =>
                b.Dates.Start >= ResourceArbitraries.Horizon.Start && b.Dates.End <= ResourceArbitraries.Horizon.End
            ),
        ];
        CapacityPlan shaped = CapacityPlan.Create(data.Pool, inside, [], ResourceArbitraries.Horizon);
        CapacityPlan flat = CapacityPlan.Create(
            data.Pool,
            [.. inside.Select(b => b with { Contour = WorkContour.Flat })],
            [],
            ResourceArbitraries.Horizon
        );
        return inside.All(b =>
            shaped.WorkOf(b.Id).Sum(d => T(d.Work)) == flat.WorkOf(b.Id).Sum(d => T(d.Work))
            && shaped.WorkOf(b.Id).All(d => d.Work >= Work.Zero)
        );
    }

    /// <summary>Work in whole ticks, the plan's unit: sums of ticks are exact where sums of decimal hours of thirds are
    /// not.</summary>
    private static long T(Work work) => work.ToDuration().BclCompatibleTicks;
}
