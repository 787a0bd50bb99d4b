using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;

namespace Pso.Domain.Testing;

/// <summary>Random resource pools and bookings over a 120-day horizon: part-time units that change, absences,
/// bookings in hours or units with every contour, confirmed or tentative.</summary>
public static class ResourceArbitraries
{
    public static readonly LocalDate HorizonStart = new(2027, 1, 1);

    public static readonly DateInterval Horizon = new(HorizonStart, HorizonStart.PlusDays(119));

    public static Arbitrary<RandomBookings> RandomBookings() =>
        (
            from people in Gen.Choose(1, 4)
            from seeds in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 80)
            from bookings in Gen.Choose(0, 12)
            select Build(people, seeds, bookings)
        ).ToArbitrary();

    private static RandomBookings Build(int people, int[] seeds, int bookingCount)
    {
        int s = 0;
        int Next(int bound) => (int)((long)seeds[s++ % seeds.Length] * 7919 % bound);
        WorkWeek[] weeks =
        [
            WorkWeek.Standard,
            WorkWeek.Uniform(
                WorkingDay.Parse("09:00-13:30"),
                IsoDayOfWeek.Monday,
                IsoDayOfWeek.Tuesday,
                IsoDayOfWeek.Thursday
            ),
        ];
        var resources = new List<Resource>();
        for (int p = 0; p < people; p++)
        {
            LocalDate absence = HorizonStart.PlusDays(Next(110));
            resources.Add(
                new Resource(
                    new ResourceId($"R{p}"),
                    $"Person {p}",
                    new WorkCalendar(new CalendarId($"C{p}"), weeks[Next(weeks.Length)])
                )
                {
                    Availability =
                        Next(2) == 0 ? [] : [new AvailabilityChange(HorizonStart.PlusDays(Next(120)), Next(5) * 0.25m)],
                    Absences = Next(2) == 0 ? [] : [new Absence(new DateInterval(absence, absence.PlusDays(Next(6))))],
                    MaxUnits = 2m,
                }
            );
        }
        var bookings = new List<Booking>();
        for (int b = 0; b < bookingCount; b++)
        {
            LocalDate start = HorizonStart.PlusDays(Next(130) - 10);
            LocalDate end = start.PlusDays(Next(40));
            WorkContour contour = (WorkContour)Next(4);
            BookingLoad load =
                Next(2) == 0 ? BookingLoad.Hours((Next(40) + 1) * 0.25m) : BookingLoad.OfUnits((Next(8) + 1) * 0.25m);
            bookings.Add(
                new Booking(
                    new BookingId($"B{b}"),
                    resources[Next(people)].Id,
                    new ProjectId($"P{Next(3)}"),
                    new DateInterval(start, end),
                    load
                )
                {
                    Contour = contour,
                    Status = Next(4) == 0 ? BookingStatus.Tentative : BookingStatus.Confirmed,
                }
            );
        }
        return new RandomBookings(new ResourcePool(resources), [.. bookings]);
    }
}

public sealed record RandomBookings(ResourcePool Pool, Booking[] Bookings)
{
    public override string ToString() =>
        string.Join(
            "; ",
            Pool.Resources.Select(r =>
                $"{r.Id} units {string.Join(",", r.Availability)} absent {string.Join(",", r.Absences)}"
            )
        )
        + " | "
        + string.Join(
            "; ",
            Bookings.Select(b => $"{b.Id} {b.Resource} {b.Dates.Start}-{b.Dates.End} {b.Load} {b.Contour} {b.Status}")
        );
}
