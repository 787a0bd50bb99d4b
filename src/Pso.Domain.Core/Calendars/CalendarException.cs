using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Pso.Domain.Utility;

namespace Pso.Domain.Calendars;

/// <summary>
/// A dated change to a working-time calendar's week: a holiday, a shutdown, an extra working day or changed hours.
/// It covers every date of <see cref="Dates"/> (inclusive at both ends) and gives each of them the working time
/// <see cref="WorkingTime"/>.
/// </summary>
/// <remarks>Instances are immutable and compare by value.</remarks>
[SuppressMessage(
    "Naming",
    "CA1711",
    Justification = "Calendar exception is the established term in Microsoft Project and Primavera."
)]
public sealed record CalendarException
{
    /// <summary>Initialises an exception.</summary>
    /// <param name="dates">The dates covered, inclusive at both ends.</param>
    /// <param name="workingTime">The working time of each covered date; <see cref="WorkingDay.NonWorking"/> for a day
    /// off.</param>
    /// <param name="name">What the exception is, such as <c>Christmas Day</c>; optional.</param>
    public CalendarException(DateInterval dates, WorkingDay workingTime, string? name = null)
    {
        Dates = Preconditions.CheckNotNull(dates);
        WorkingTime = Preconditions.CheckNotNull(workingTime);
        Name = name;
    }

    /// <summary>Gets the dates covered, inclusive at both ends.</summary>
    public DateInterval Dates { get; }

    /// <summary>Gets the working time of each covered date.</summary>
    public WorkingDay WorkingTime { get; }

    /// <summary>Gets what the exception is, if named.</summary>
    public string? Name { get; }

    /// <summary>Returns a one-day holiday.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The name of the holiday; optional.</param>
    /// <returns>A non-working exception for that date.</returns>
    public static CalendarException Holiday(LocalDate date, string? name = null) =>
        new(new DateInterval(date, date), WorkingDay.NonWorking, name);

    /// <summary>Returns non-working time over a range of dates, such as a shutdown or a leave.</summary>
    /// <param name="dates">The dates, inclusive.</param>
    /// <param name="name">What the dates are; optional.</param>
    /// <returns>A non-working exception.</returns>
    public static CalendarException NonWorking(DateInterval dates, string? name = null) =>
        new(dates, WorkingDay.NonWorking, name);

    /// <summary>Returns changed working time on one date, such as a Saturday worked or a short day.</summary>
    /// <param name="date">The date.</param>
    /// <param name="workingTime">The working time on that date.</param>
    /// <param name="name">Why; optional.</param>
    /// <returns>A working exception.</returns>
    public static CalendarException Working(LocalDate date, WorkingDay workingTime, string? name = null) =>
        new(new DateInterval(date, date), workingTime, name);

    /// <summary>Returns the dates and working time, such as <c>[2026-12-25, 2026-12-25] non-working (Christmas
    /// Day)</c>.</summary>
    /// <returns>The exception for people to read.</returns>
    public override string ToString() => $"{Dates} {WorkingTime}{(Name is null ? "" : $" ({Name})")}";

    /// <inheritdoc/>
    public bool Equals(CalendarException? other) =>
        other is not null
        && Dates.Equals(other.Dates)
        && WorkingTime.Equals(other.WorkingTime)
        && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dates, WorkingTime, Name);
}
