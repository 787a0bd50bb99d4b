using NodaTime;
using NodaTime.TimeZones;
using Pso.Domain.Utility;

namespace Pso.Domain.Calendars;

/// <summary>
/// A <see cref="WorkCalendar"/> read in a time zone: working time measured in real elapsed time between
/// <see cref="Instant"/>s, so that a 24-hour calendar has 23 working hours on the day clocks go forward and 25 on the
/// day they go back, while an office calendar whose hours avoid the change is not affected.
/// </summary>
/// <remarks>
/// <para>Within one offset of the zone, local time runs with real time, so each query splits its span at the zone's
/// offset changes and asks the local calendar about each piece: the cost is that of the local calendar times the
/// number of offset changes in the span (about two a year).</para>
/// <para>Local times that do not exist (skipped when clocks go forward) or exist twice (when they go back) are mapped
/// to instants with NodaTime's lenient resolver: a skipped time moves forward by the gap, a repeated time takes its
/// earlier occurrence.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ZonedWorkCalendar
{
    /// <summary>Initialises the view.</summary>
    /// <param name="calendar">The calendar of wall-clock working time.</param>
    /// <param name="zone">The time zone of the wall clock.</param>
    public ZonedWorkCalendar(WorkCalendar calendar, DateTimeZone zone)
    {
        Calendar = Preconditions.CheckNotNull(calendar);
        Zone = Preconditions.CheckNotNull(zone);
    }

    /// <summary>Gets the calendar of wall-clock working time.</summary>
    public WorkCalendar Calendar { get; }

    /// <summary>Gets the time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Maps a wall-clock moment to an instant with the lenient resolver (see the remarks on the
    /// type).</summary>
    /// <param name="moment">The wall-clock moment.</param>
    /// <returns>The instant.</returns>
    public Instant ToInstant(LocalDateTime moment) => Zone.ResolveLocal(moment, Resolvers.LenientResolver).ToInstant();

    /// <summary>Returns the wall-clock moment of an instant in the zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The wall-clock moment.</returns>
    public LocalDateTime ToLocal(Instant instant) => instant.InZone(Zone).LocalDateTime;

    /// <summary>Says whether an instant falls in working time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Whether its wall-clock moment is working time.</returns>
    public bool IsWorking(Instant instant) => Calendar.IsWorking(ToLocal(instant));

    /// <summary>Returns the working time, in real elapsed time, between two instants; negative when
    /// <paramref name="end"/> is before <paramref name="start"/>.</summary>
    /// <param name="start">The first instant.</param>
    /// <param name="end">The second instant.</param>
    /// <returns>The elapsed working time in [start, end).</returns>
    public Duration WorkingTimeBetween(Instant start, Instant end)
    {
        if (end < start)
        {
            return -WorkingTimeBetween(end, start);
        }
        Duration total = Duration.Zero;
        Instant cursor = start;
        while (cursor < end)
        {
            ZoneInterval interval = Zone.GetZoneInterval(cursor);
            Instant pieceEnd = interval.HasEnd && interval.End < end ? interval.End : end;
            total += Calendar.WorkingTimeBetween(Local(cursor, interval), Local(pieceEnd, interval));
            cursor = pieceEnd;
        }
        return total;
    }

    /// <summary>Returns the earliest instant by which <paramref name="workingTime"/> of elapsed working time has passed
    /// since <paramref name="start"/>; a negative working time subtracts.</summary>
    /// <param name="start">The instant to count from.</param>
    /// <param name="workingTime">The elapsed working time to add.</param>
    /// <returns>The instant the working time is complete.</returns>
    /// <exception cref="Errors.NoWorkingTimeException">The calendar runs out of working time.</exception>
    public Instant AddWorkingTime(Instant start, Duration workingTime)
    {
        if (workingTime < Duration.Zero)
        {
            return SubtractWorkingTime(start, -workingTime);
        }
        Duration remaining = workingTime;
        Instant cursor = start;
        while (true)
        {
            ZoneInterval interval = Zone.GetZoneInterval(cursor);
            LocalDateTime local = Local(cursor, interval);
            if (interval.HasEnd)
            {
                Duration available = Calendar.WorkingTimeBetween(local, Local(interval.End, interval));
                if (available < remaining)
                {
                    remaining -= available;
                    cursor = interval.End;
                    continue;
                }
            }
            return Calendar.AddWorkingTime(local, remaining).WithOffset(interval.WallOffset).ToInstant();
        }
    }

    /// <summary>Returns the latest instant from which <paramref name="workingTime"/> of elapsed working time passes
    /// until <paramref name="end"/>; a negative working time adds.</summary>
    /// <param name="end">The instant to count back from.</param>
    /// <param name="workingTime">The elapsed working time to subtract.</param>
    /// <returns>The instant the working time starts.</returns>
    /// <exception cref="Errors.NoWorkingTimeException">The calendar runs out of working time.</exception>
    public Instant SubtractWorkingTime(Instant end, Duration workingTime)
    {
        if (workingTime < Duration.Zero)
        {
            return AddWorkingTime(end, -workingTime);
        }
        if (workingTime == Duration.Zero)
        {
            return end;
        }
        Duration remaining = workingTime;
        Instant cursor = end;
        while (true)
        {
            // The piece that ends at the cursor belongs to the zone interval just before it.
            ZoneInterval interval = Zone.GetZoneInterval(cursor - Duration.Epsilon);
            LocalDateTime local = Local(cursor, interval);
            if (interval.HasStart)
            {
                Duration available = Calendar.WorkingTimeBetween(Local(interval.Start, interval), local);
                if (available < remaining)
                {
                    remaining -= available;
                    cursor = interval.Start;
                    continue;
                }
            }
            return Calendar.SubtractWorkingTime(local, remaining).WithOffset(interval.WallOffset).ToInstant();
        }
    }

    private static LocalDateTime Local(Instant instant, ZoneInterval interval) =>
        instant.WithOffset(interval.WallOffset).LocalDateTime;
}
