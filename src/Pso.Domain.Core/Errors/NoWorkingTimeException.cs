using NodaTime;

namespace Pso.Domain.Errors;

/// <summary>
/// Raised when a working-time calendar runs out of working time: adding or subtracting working time, or looking for
/// the next or previous working moment, would pass the end (year 9999) or the start (year 1) of the calendar.
/// </summary>
public sealed class NoWorkingTimeException : PsoDomainException
{
    /// <summary>Initialises the error.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="from">The moment the search started from.</param>
    /// <param name="forward">Whether the search went forward in time.</param>
    public NoWorkingTimeException(CalendarId calendar, LocalDateTime from, bool forward)
        : base(
            ErrorCodes.NoWorkingTime,
            $"Calendar '{calendar}' has not enough working time {(forward ? "after" : "before")} "
                + $"{from:uuuu-MM-dd'T'HH:mm:ss}; check its work week and exceptions."
        )
    {
        Calendar = calendar;
        From = from;
        Forward = forward;
    }

    /// <summary>Gets the calendar.</summary>
    public CalendarId Calendar { get; }

    /// <summary>Gets the moment the search started from.</summary>
    public LocalDateTime From { get; }

    /// <summary>Gets whether the search went forward in time.</summary>
    public bool Forward { get; }
}
