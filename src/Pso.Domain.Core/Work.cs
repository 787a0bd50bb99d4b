using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using Pso.Domain.Serialization;
using Pso.Domain.Utility;

namespace Pso.Domain;

/// <summary>
/// Effort: an amount of work, such as the 40 hours a task needs or the 7.5 hours a person booked on a day.
/// </summary>
/// <remarks>
/// <para>Work is not elapsed time: 40 hours of work done by two people at full units takes 20 hours of working time,
/// and working time on a calendar is not the elapsed <see cref="Duration"/> between two instants. The conversions
/// <see cref="FromDuration"/> and <see cref="ToDuration"/> assume one resource at 100 % units.</para>
/// <para>Work is held as a whole number of ticks (100 ns), as <see cref="Duration"/> counts time, so that sums of
/// minutes and seconds are exact: three times 20 minutes is exactly one hour. Decimal hours appear only at the edges:
/// <see cref="FromHours"/>, <see cref="Hours"/>, the text form and JSON. A value given in hours or multiplied by a
/// factor is rounded to the nearest tick, a midpoint away from zero. Work may be negative (as in a variance) and lies
/// between <see cref="MinValue"/> and <see cref="MaxValue"/> (some 256 million hours either way); arithmetic beyond
/// them throws <see cref="OverflowException"/>.</para>
/// <para>The text form is invariant: the fewest decimal hours that read back as the same work, followed by
/// <c>h</c>, such as <c>7.5h</c> or <c>0.33333333333h</c> for 20 minutes. The default value is zero. This type is an
/// immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(WorkJsonConverter))]
public readonly struct Work : IEquatable<Work>, IComparable<Work>, IComparable, IFormattable, IParsable<Work>
{
    private const decimal TicksPerHour = NodaConstants.TicksPerHour;
    private const decimal TicksPerMinute = NodaConstants.TicksPerMinute;

    /// <summary>The most decimal places of hours that the text form needs: a tick is 1/36,000,000,000 of an hour, so
    /// the nearest number of 11 decimal places is always within half a tick.</summary>
    private const int MostDecimals = 11;

    private readonly long _ticks;

    private Work(long ticks) => _ticks = ticks;

    /// <summary>Gets no work.</summary>
    public static Work Zero => default;

    /// <summary>Gets the most work there can be: <see cref="long.MaxValue"/> ticks, some 256 million hours.</summary>
    public static Work MaxValue => new(long.MaxValue);

    /// <summary>Gets the least (most negative) work there can be: <see cref="long.MinValue"/> + 1 ticks, so that every
    /// value can be negated.</summary>
    public static Work MinValue => new(-long.MaxValue);

    /// <summary>Gets the work in hours: exact where the hours have a finite decimal form (such as 0.25 for 15
    /// minutes), otherwise to the 28 significant digits of a <see cref="decimal"/> (0.3333… for 20 minutes). Sum work,
    /// not its hours.</summary>
    public decimal Hours => _ticks / TicksPerHour;

    /// <summary>Gets the work in minutes: exact where the minutes have a finite decimal form, as every whole number of
    /// seconds does.</summary>
    public decimal Minutes => _ticks / TicksPerMinute;

    /// <summary>Gets whether there is no work.</summary>
    public bool IsZero => _ticks == 0;

    /// <summary>Returns work of the given number of hours, to the nearest tick.</summary>
    /// <param name="hours">The hours; may be fractional or negative.</param>
    /// <returns>The work.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is beyond <see cref="MinValue"/> or
    /// <see cref="MaxValue"/>.</exception>
    public static Work FromHours(decimal hours) => new(ToTicks(hours, TicksPerHour, nameof(hours)));

    /// <summary>Returns work of the given number of minutes, to the nearest tick.</summary>
    /// <param name="minutes">The minutes; may be fractional or negative.</param>
    /// <returns>The work.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is beyond <see cref="MinValue"/> or
    /// <see cref="MaxValue"/>.</exception>
    public static Work FromMinutes(decimal minutes) => new(ToTicks(minutes, TicksPerMinute, nameof(minutes)));

    /// <summary>Returns the work that one resource at full units does in the given working time.</summary>
    /// <param name="workingTime">The working time.</param>
    /// <returns>The work, exact to the tick (a part of a tick is dropped, as
    /// <see cref="Duration.BclCompatibleTicks"/> drops it).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingTime"/> is beyond
    /// <see cref="MinValue"/> or <see cref="MaxValue"/>.</exception>
    public static Work FromDuration(Duration workingTime)
    {
        Preconditions.CheckArgumentInRange(
            workingTime >= Duration.FromTicks(-long.MaxValue) && workingTime <= Duration.FromTicks(long.MaxValue),
            nameof(workingTime),
            workingTime,
            "Work lies within some 256 million hours either way of zero (Work.MinValue to Work.MaxValue)."
        );
        return new(workingTime.BclCompatibleTicks);
    }

    /// <summary>Returns the working time that one resource at full units needs for this work.</summary>
    /// <returns>The working time, exactly.</returns>
    public Duration ToDuration() => Duration.FromTicks(_ticks);

    /// <summary>Shares the work out over weights so that the parts sum exactly to the whole, by the largest
    /// remainder method in ticks (each part differs from its exact share by less than a tick; ties go to the earlier
    /// weight). Negative work is shared as its absolute value and negated.</summary>
    /// <param name="weights">The weights, such as working hours per day; none negative, at least one positive.</param>
    /// <returns>One part per weight, in the order of the weights.</returns>
    /// <exception cref="ArgumentException">A weight is negative, or no weight is positive.</exception>
    public ImmutableArray<Work> Allocate(ReadOnlySpan<decimal> weights)
    {
        Preconditions.CheckArgument(weights.Length > 0, nameof(weights), "At least one weight is needed.");
        decimal[] parts = LargestRemainder.Split(Math.Abs((decimal)_ticks), weights);
        var result = ImmutableArray.CreateBuilder<Work>(parts.Length);
        foreach (decimal part in parts)
        {
            result.Add(new Work(_ticks < 0 ? -(long)part : (long)part));
        }
        return result.MoveToImmutable();
    }

    /// <summary>Adds two amounts of work, exactly.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is beyond <see cref="MinValue"/> or <see
    /// cref="MaxValue"/>.</exception>
    public static Work operator +(Work left, Work right) => Add(left, right);

    /// <summary>Subtracts one amount of work from another, exactly.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is beyond <see cref="MinValue"/> or <see
    /// cref="MaxValue"/>.</exception>
    public static Work operator -(Work left, Work right) => Subtract(left, right);

    /// <summary>Negates an amount of work.</summary>
    /// <param name="work">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    public static Work operator -(Work work) => new(-work._ticks);

    /// <summary>Multiplies work by a factor, such as assignment units.</summary>
    /// <param name="work">The work.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, to the nearest tick.</returns>
    /// <exception cref="OverflowException">The product is beyond <see cref="MinValue"/> or <see
    /// cref="MaxValue"/>.</exception>
    public static Work operator *(Work work, decimal factor) => Multiply(work, factor);

    /// <summary>Divides work by a divisor.</summary>
    /// <param name="work">The work.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient, to the nearest tick.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is beyond <see cref="MinValue"/> or <see
    /// cref="MaxValue"/>.</exception>
    public static Work operator /(Work work, decimal divisor) => Divide(work, divisor);

    /// <summary>Divides one amount of work by another, giving a ratio such as a utilisation.</summary>
    /// <param name="dividend">The work divided.</param>
    /// <param name="divisor">The work to divide by.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static decimal operator /(Work dividend, Work divisor) => (decimal)dividend._ticks / divisor._ticks;

    /// <summary>Compares two amounts of work.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Work left, Work right) => left.Equals(right);

    /// <summary>Compares two amounts of work.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Work left, Work right) => !left.Equals(right);

    /// <summary>Orders amounts of work.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is less.</returns>
    public static bool operator <(Work left, Work right) => left._ticks < right._ticks;

    /// <summary>Orders amounts of work.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is greater.</returns>
    public static bool operator >(Work left, Work right) => left._ticks > right._ticks;

    /// <summary>Orders amounts of work.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Work left, Work right) => left._ticks <= right._ticks;

    /// <summary>Orders amounts of work.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Work left, Work right) => left._ticks >= right._ticks;

    /// <inheritdoc cref="op_Addition(Work, Work)"/>
    public static Work Add(Work left, Work right) =>
        long.MaxValue - Math.Max(right._ticks, 0) < left._ticks
        || -long.MaxValue - Math.Min(right._ticks, 0) > left._ticks
            ? throw Beyond()
            : new Work(left._ticks + right._ticks);

    /// <inheritdoc cref="op_Subtraction(Work, Work)"/>
    public static Work Subtract(Work left, Work right) => Add(left, -right);

    /// <inheritdoc cref="op_Multiply(Work, decimal)"/>
    public static Work Multiply(Work work, decimal factor) => new(Round(work._ticks * (decimal)factor));

    /// <inheritdoc cref="op_Division(Work, decimal)"/>
    public static Work Divide(Work work, decimal divisor) => new(Round(work._ticks / divisor));

    /// <summary>Adds other work: the fluent form of <see cref="Add(Work, Work)"/>.</summary>
    /// <param name="other">The work to add.</param>
    /// <returns>The sum.</returns>
    public Work Plus(Work other) => Add(this, other);

    /// <summary>Subtracts other work: the fluent form of <see cref="Subtract(Work, Work)"/>.</summary>
    /// <param name="other">The work to subtract.</param>
    /// <returns>The difference.</returns>
    public Work Minus(Work other) => Subtract(this, other);

    /// <inheritdoc/>
    static Work IParsable<Work>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<Work>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Work result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    public bool Equals(Work other) => _ticks == other._ticks;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Work other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _ticks.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Work other) => _ticks.CompareTo(other._ticks);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            Work other => CompareTo(other),
            _ => throw new ArgumentException("Object must be Work.", nameof(obj)),
        };

    /// <summary>Returns the invariant text form: the fewest decimal hours that read back as this work, and <c>h</c>,
    /// such as <c>7.5h</c>.</summary>
    /// <returns>The text form, which <see cref="Parse(string)"/> reads back as this work exactly.</returns>
    public override string ToString() => ShortestHours().ToString(CultureInfo.InvariantCulture) + "h";

    /// <summary>Formats the hours with a numeric format and culture, followed by <c>h</c>.</summary>
    /// <param name="format">A numeric format for the hours, such as <c>N1</c>; null for the invariant form.</param>
    /// <param name="formatProvider">The culture; null for the current culture.</param>
    /// <returns>The formatted work.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null ? ToString() : Hours.ToString(format, formatProvider) + "h";

    /// <summary>Reads the invariant text form, such as <c>7.5h</c> or <c>-2h</c>, to the nearest tick.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The work.</returns>
    /// <exception cref="FormatException">The text is not in the invariant form.</exception>
    public static Work Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return TryParse(s, out Work result)
            ? result
            : throw new FormatException(
                $"'{s}' is not work in the invariant form: hours with a '.' decimal point followed by 'h', such as "
                    + "'7.5h'."
            );
    }

    /// <summary>Tries to read the invariant text form, such as <c>7.5h</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The work when read; otherwise zero.</param>
    /// <returns>Whether the text was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Work result)
    {
        result = default;
        if (
            s is null
            || s.Length < 2
            || s[^1] != 'h'
            || !decimal.TryParse(
                s.AsSpan(0, s.Length - 1),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out decimal hours
            )
            || !TryToTicks(hours, TicksPerHour, out long ticks)
        )
        {
            return false;
        }
        result = new Work(ticks);
        return true;
    }

    /// <summary>Returns the fewest decimal hours (at most 11 places) that <see cref="FromHours"/> reads back as this
    /// work: the hours of the text form and of JSON.</summary>
    internal decimal ShortestHours()
    {
        decimal exact = Hours;
        for (int decimals = 0; decimals < MostDecimals; decimals++)
        {
            decimal shorter = decimal.Round(exact, decimals, MidpointRounding.AwayFromZero);
            if (decimal.Round(shorter * TicksPerHour, MidpointRounding.AwayFromZero) == _ticks)
            {
                return shorter;
            }
        }
        return decimal.Round(exact, MostDecimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>Gets work of the given hours, to the nearest tick, unless it is beyond the range.</summary>
    internal static bool TryFromHours(decimal hours, out Work work)
    {
        bool within = TryToTicks(hours, TicksPerHour, out long ticks);
        work = new Work(ticks);
        return within;
    }

    private static long ToTicks(decimal amount, decimal ticksPerUnit, string paramName) =>
        TryToTicks(amount, ticksPerUnit, out long ticks)
            ? ticks
            : throw new ArgumentOutOfRangeException(
                paramName,
                amount,
                "Work lies within some 256 million hours either way of zero (Work.MinValue to Work.MaxValue)."
            );

    private static bool TryToTicks(decimal amount, decimal ticksPerUnit, out long ticks)
    {
        ticks = 0;
        // A first bound keeps the product within a decimal; the exact bound is on the rounded ticks.
        if (Math.Abs(amount) > (long.MaxValue / ticksPerUnit) + 1m)
        {
            return false;
        }
        decimal whole = decimal.Round(amount * ticksPerUnit, MidpointRounding.AwayFromZero);
        if (whole > long.MaxValue || whole < -long.MaxValue)
        {
            return false;
        }
        ticks = (long)whole;
        return true;
    }

    private static long Round(decimal ticks)
    {
        decimal whole = decimal.Round(ticks, MidpointRounding.AwayFromZero);
        return whole > long.MaxValue || whole < -long.MaxValue ? throw Beyond() : (long)whole;
    }

    private static OverflowException Beyond() =>
        new("The work is beyond Work.MinValue or Work.MaxValue (some 256 million hours either way of zero).");
}
