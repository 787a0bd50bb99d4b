using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Resources.Capacity;

/// <summary>
/// The day-by-day tables behind a <see cref="CapacityPlan"/>: per resource, running totals of capacity, confirmed and
/// tentative bookings over the horizon's days (so a sum over any range is two reads), and each booking's work spread
/// over its days.
/// </summary>
/// <remarks>Day <c>d</c> is the horizon's first day plus <c>d</c>; a running total has one more entry than the
/// horizon has days, its first being zero.</remarks>
internal sealed class CapacityTables
{
    private readonly ResourcePool _pool;
    private readonly ImmutableArray<Booking> _bookings;
    private readonly LocalDate _first;
    private readonly int _days;
    private readonly long[][] _capacity;
    private readonly long[][] _confirmed;
    private readonly long[][] _tentative;
    private readonly List<BookingSpread>[] _bookingsOf;
    private readonly BookingSpread?[] _spreadOf;

    /// <summary>Fills the tables of a pool's capacity and (checked) bookings over a horizon.</summary>
    internal CapacityTables(
        ResourcePool pool,
        ImmutableArray<Booking> bookings,
        DateInterval horizon,
        CancellationToken cancellationToken
    )
    {
        _pool = pool;
        _bookings = bookings;
        _first = horizon.Start;
        _days = horizon.Length;
        int n = pool.Resources.Length;
        _capacity = new long[n][];
        _confirmed = new long[n][];
        _tentative = new long[n][];
        _bookingsOf = new List<BookingSpread>[n];
        _spreadOf = new BookingSpread?[bookings.Length];
        Fill(cancellationToken);
    }

    /// <summary>Gets the first day of the horizon.</summary>
    internal LocalDate First => _first;

    /// <summary>Gets the number of days in the horizon.</summary>
    internal int Days => _days;

    /// <summary>Returns the day number of a date (negative before the horizon).</summary>
    internal int DayOf(LocalDate date) => Period.DaysBetween(_first, date);

    /// <summary>Returns the day numbers of some dates, cut to the horizon (empty when <c>To &lt; From</c>).</summary>
    internal (int From, int To) Clip(DateInterval dates)
    {
        int from = Math.Max(0, DayOf(dates.Start));
        int to = Math.Min(_days - 1, DayOf(dates.End));
        return (from, to);
    }

    /// <summary>Returns a resource's capacity in ticks over a range of days.</summary>
    internal long Capacity(int resource, int from, int to) => Sum(_capacity[resource], from, to);

    /// <summary>Returns a resource's booked ticks of one status over a range of days.</summary>
    internal long Booked(int resource, BookingStatus status, int from, int to) =>
        Sum(status == BookingStatus.Confirmed ? _confirmed[resource] : _tentative[resource], from, to);

    /// <summary>Returns the spreads of a resource's bookings that touch the horizon.</summary>
    internal IReadOnlyList<BookingSpread> SpreadsOf(int resource) => _bookingsOf[resource];

    /// <summary>Returns the spread of the booking at an index, or null when none of its work is in the
    /// horizon.</summary>
    internal BookingSpread? SpreadOf(int booking) => _spreadOf[booking];

    /// <summary>Returns a range's sum from running totals.</summary>
    internal static long Sum(long[] running, int from, int to) => to < from ? 0 : running[to + 1] - running[from];

    /// <summary>Turns day values (from index 1) into running totals in place.</summary>
    internal static void Accumulate(long[] running)
    {
        for (int d = 1; d < running.Length; d++)
        {
            running[d] += running[d - 1];
        }
    }

    private void Fill(CancellationToken cancellationToken)
    {
        var dayTicksByCalendar = new Dictionary<WorkCalendar, long[]>(ReferenceEqualityComparer.Instance);
        ImmutableArray<Resource> resources = _pool.Resources;
        var basis = new long[resources.Length][];
        for (int r = 0; r < resources.Length; r++)
        {
            if ((r & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            Resource resource = resources[r];
            if (!dayTicksByCalendar.TryGetValue(resource.Calendar, out long[]? dayTicks))
            {
                dayTicks = new long[_days];
                for (int d = 0; d < _days; d++)
                {
                    dayTicks[d] = resource.Calendar.GetWorkingDay(_first.PlusDays(d)).WorkingTime.BclCompatibleTicks;
                }
                dayTicksByCalendar[resource.Calendar] = dayTicks;
            }
            // Working time on days the resource is not absent: what bookings spread over.
            long[] open = (long[])dayTicks.Clone();
            foreach (Absence absence in resource.Absences)
            {
                (int from, int to) = Clip(absence.Dates);
                for (int d = from; d <= to; d++)
                {
                    open[d] = 0;
                }
            }
            basis[r] = open;
            long[] capacity = new long[_days + 1];
            AvailabilityChange[] changes = [.. resource.Availability.OrderBy(a => a.From)];
            int next = 0;
            decimal units = 1m;
            long previousOpen = -1;
            long previousDay = 0;
            while (next < changes.Length && changes[next].From <= _first)
            {
                units = changes[next++].Units;
            }
            for (int d = 0; d < _days; d++)
            {
                while (next < changes.Length && DayOf(changes[next].From) <= d)
                {
                    units = changes[next++].Units;
                    previousOpen = -1;
                }
                long day =
                    units == 1m ? open[d]
                    : open[d] == previousOpen ? previousDay
                    : (long)decimal.Round(open[d] * units, MidpointRounding.AwayFromZero);
                (previousOpen, previousDay) = units == 1m ? (-1, 0) : (open[d], day);
                capacity[d + 1] = capacity[d] + day;
            }
            _capacity[r] = capacity;
            _confirmed[r] = new long[_days + 1];
            _tentative[r] = new long[_days + 1];
            _bookingsOf[r] = [];
        }
        for (int b = 0; b < _bookings.Length; b++)
        {
            if ((b & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            Booking booking = _bookings[b];
            _pool.TryIndexOf(booking.Resource, out int r);
            BookingSpread? found = Spread(booking, b, basis[r], resources[r].Calendar);
            _spreadOf[b] = found;
            if (found is not BookingSpread spread)
            {
                continue;
            }
            _bookingsOf[r].Add(spread);
            long[] totals = booking.Status == BookingStatus.Confirmed ? _confirmed[r] : _tentative[r];
            for (int k = 0; k < spread.Ticks.Length; k++)
            {
                totals[spread.FirstDay + k + 1] += spread.Ticks[k];
            }
        }
        for (int r = 0; r < resources.Length; r++)
        {
            Accumulate(_confirmed[r]);
            Accumulate(_tentative[r]);
        }
    }

    /// <summary>Spreads a booking's work over its days (the whole booking, so that its shape does not depend on the
    /// horizon) and keeps the days inside the horizon.</summary>
    private BookingSpread? Spread(Booking booking, int index, long[] basis, WorkCalendar calendar)
    {
        int length = booking.Dates.Length;
        int offset = DayOf(booking.Dates.Start);
        long[] ticks = new long[length];
        if (booking.Contour == WorkContour.Explicit)
        {
            for (int k = 0; k < length; k++)
            {
                ticks[k] = booking.ExplicitWork[k].ToDuration().BclCompatibleTicks;
            }
        }
        else
        {
            // The flat work of each day the resource works (its calendar, less absences).
            long[] flat = new long[length];
            long total = 0;
            long hoursPerDay = (long)
                decimal.Round(booking.Load.HoursPerDay * NodaConstants.TicksPerHour, MidpointRounding.AwayFromZero);
            (long Open, long Share) last = (-1, 0); // consecutive days mostly have the same working time
            for (int k = 0; k < length; k++)
            {
                int d = offset + k;
                long open = d >= 0 && d < _days ? basis[d] : OpenOutside(calendar, booking.Dates.Start.PlusDays(k));
                if (open == 0)
                {
                    continue;
                }
                if (!booking.Load.IsUnits)
                {
                    flat[k] = hoursPerDay;
                }
                else
                {
                    if (open != last.Open)
                    {
                        last = (open, (long)decimal.Round(open * booking.Load.Units, MidpointRounding.AwayFromZero));
                    }
                    flat[k] = last.Share;
                }
                total += flat[k];
            }
            if (booking.Contour == WorkContour.Flat)
            {
                ticks = flat;
            }
            else
            {
                int working = flat.Count(f => f > 0);
                long[] weights = new long[length];
                int position = 0;
                for (int k = 0; k < length; k++)
                {
                    if (flat[k] == 0)
                    {
                        continue;
                    }
                    long shape = booking.Contour switch
                    {
                        WorkContour.FrontLoaded => working - position,
                        WorkContour.BackLoaded => position + 1,
                        _ => Math.Min(position + 1, working - position),
                    };
                    weights[k] = flat[k] * shape;
                    position++;
                }
                ticks = LargestRemainder.Split(total, weights);
            }
        }
        int first = Math.Max(0, offset);
        int lastDay = Math.Min(_days - 1, offset + length - 1);
        if (lastDay < first)
        {
            return null;
        }
        return new BookingSpread(
            index,
            first,
            first == offset && lastDay == offset + length - 1 ? ticks : ticks[(first - offset)..(lastDay - offset + 1)]
        );
    }

    private static long OpenOutside(WorkCalendar calendar, LocalDate date) =>
        calendar.GetWorkingDay(date).WorkingTime.BclCompatibleTicks;
}
