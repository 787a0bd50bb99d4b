using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Pso.Domain.Utility;

namespace Pso.Domain.Calendars;

/// <summary>
/// A span of working time within a day, half-open: from <see cref="Start"/> inclusive to <see cref="End"/> exclusive.
/// An <see cref="End"/> of midnight means the end of the day (24:00), so <c>00:00-00:00</c> is the whole day.
/// </summary>
/// <remarks>
/// Boundaries are whole ticks (100 ns); in practice they are whole minutes. The text form is <c>HH:mm-HH:mm</c>
/// (with seconds when needed), the end of the day written as <c>24:00</c>. This type is an immutable value type.
/// </remarks>
public readonly struct WorkingInterval : IEquatable<WorkingInterval>
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private readonly long _startTick;
    private readonly long _endTick;

    /// <summary>Initialises an interval.</summary>
    /// <param name="start">The first working moment.</param>
    /// <param name="end">The moment work stops; midnight for the end of the day.</param>
    /// <exception cref="ArgumentException">The interval is empty or reversed, or a boundary is not a whole
    /// tick.</exception>
    public WorkingInterval(LocalTime start, LocalTime end)
    {
        Preconditions.CheckArgument(
            start.NanosecondOfSecond % 100 == 0,
            nameof(start),
            "Interval boundaries must be whole ticks (100 ns)."
        );
        Preconditions.CheckArgument(
            end.NanosecondOfSecond % 100 == 0,
            nameof(end),
            "Interval boundaries must be whole ticks (100 ns)."
        );
        _startTick = start.TickOfDay;
        _endTick = end == LocalTime.Midnight ? NodaConstants.TicksPerDay : end.TickOfDay;
        Preconditions.CheckArgument(
            _endTick > _startTick,
            nameof(end),
            $"A working interval must end after it starts: {Format(_startTick)}-{Format(_endTick)}."
        );
    }

    /// <summary>Gets the first working moment of the interval.</summary>
    public LocalTime Start => LocalTime.FromTicksSinceMidnight(_startTick);

    /// <summary>Gets the moment work stops; midnight when the interval runs to the end of the day.</summary>
    public LocalTime End =>
        _endTick == NodaConstants.TicksPerDay ? LocalTime.Midnight : LocalTime.FromTicksSinceMidnight(_endTick);

    /// <summary>Gets whether the interval runs to the end of the day (24:00).</summary>
    public bool EndsAtMidnight => _endTick == NodaConstants.TicksPerDay;

    /// <summary>Gets the length of the interval.</summary>
    public Duration Length => Duration.FromTicks(_endTick - _startTick);

    internal long StartTick => _startTick;

    internal long EndTick => _endTick;

    /// <summary>Reads the text form <c>HH:mm-HH:mm</c>, such as <c>08:00-12:00</c> or <c>22:00-24:00</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="FormatException">The text is not an interval.</exception>
    public static WorkingInterval Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        int dash = text.IndexOf('-', StringComparison.Ordinal);
        if (
            dash > 0
            && TryParseTime(text[..dash], out LocalTime start)
            && TryParseTime(text[(dash + 1)..], out LocalTime end)
        )
        {
            try
            {
                return new WorkingInterval(start, end);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"'{text}' is not a working interval: {e.Message}", e);
            }
        }
        throw new FormatException(
            $"'{text}' is not a working interval such as '08:00-12:00' (24:00 for the end of the day)."
        );
    }

    /// <summary>Compares two intervals.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(WorkingInterval left, WorkingInterval right) => left.Equals(right);

    /// <summary>Compares two intervals.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(WorkingInterval left, WorkingInterval right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(WorkingInterval other) => _startTick == other._startTick && _endTick == other._endTick;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is WorkingInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_startTick, _endTick);

    /// <summary>Returns the text form, such as <c>08:00-12:00</c>.</summary>
    /// <returns>The text form, which <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => Format(_startTick) + "-" + Format(_endTick);

    private static string Format(long tick)
    {
        if (tick == NodaConstants.TicksPerDay)
        {
            return "24:00";
        }
        LocalTime time = LocalTime.FromTicksSinceMidnight(tick);
        string pattern =
            time.TickOfSecond != 0 ? "HH:mm:ss.FFFFFFF"
            : time.Second != 0 ? "HH:mm:ss"
            : "HH:mm";
        return time.ToString(pattern, CultureInfo.InvariantCulture);
    }

    private static bool TryParseTime(string text, out LocalTime time)
    {
        if (text == "24:00")
        {
            time = LocalTime.Midnight;
            return true;
        }
        ParseResult<LocalTime> result =
            text.Length == 5 ? HourMinute.Parse(text) : LocalTimePattern.ExtendedIso.Parse(text);
        time = result.Success ? result.Value : default;
        return result.Success;
    }
}
