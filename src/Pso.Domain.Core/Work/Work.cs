using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using Pso.Domain.Serialization;
using Pso.Domain.Utility;

namespace Pso.Domain;

/// <summary>
/// Effort: an amount of work in hours, such as the 40 hours a task needs or the 7.5 hours a person booked on a day.
/// </summary>
/// <remarks>
/// <para>Work is not elapsed time: 40 hours of work done by two people at full units takes 20 hours of working time,
/// and working time on a calendar is not the elapsed <see cref="Duration"/> between two instants. The conversions
/// <see cref="FromDuration"/> and <see cref="ToDuration"/> assume one resource at 100 % units.</para>
/// <para>Hours are held as an exact <see cref="decimal"/> and may be negative (as in a variance). The text form is
/// invariant, such as <c>7.5h</c>. The default value is zero. This type is an immutable value type and is
/// thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(WorkJsonConverter))]
public readonly struct Work : IEquatable<Work>, IComparable<Work>, IComparable, IFormattable, IParsable<Work>
{
    private const decimal MinutesPerHour = 60m;

    private readonly decimal _hours;

    private Work(decimal hours) => _hours = hours;

    /// <summary>Gets no work.</summary>
    public static Work Zero => default;

    /// <summary>Gets the work in hours, exactly.</summary>
    public decimal Hours => _hours;

    /// <summary>Gets the work in minutes, exactly.</summary>
    public decimal Minutes => _hours * MinutesPerHour;

    /// <summary>Gets whether there is no work.</summary>
    public bool IsZero => _hours == 0m;

    /// <summary>Returns work of the given number of hours.</summary>
    /// <param name="hours">The hours; may be fractional or negative.</param>
    /// <returns>The work.</returns>
    public static Work FromHours(decimal hours) => new(hours);

    /// <summary>Returns work of the given number of minutes.</summary>
    /// <param name="minutes">The minutes; may be fractional or negative.</param>
    /// <returns>The work.</returns>
    public static Work FromMinutes(decimal minutes) => new(minutes / MinutesPerHour);

    /// <summary>Returns the work that one resource at full units does in the given working time.</summary>
    /// <param name="workingTime">The working time.</param>
    /// <returns>The work, exact to the tick.</returns>
    public static Work FromDuration(Duration workingTime) =>
        new((decimal)workingTime.BclCompatibleTicks / NodaConstants.TicksPerHour);

    /// <summary>Returns the working time that one resource at full units needs for this work.</summary>
    /// <returns>The working time, rounded to the nearest tick (100 ns).</returns>
    public Duration ToDuration() =>
        Duration.FromTicks((long)decimal.Round(_hours * NodaConstants.TicksPerHour, MidpointRounding.AwayFromZero));

    /// <summary>Adds two amounts of work.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Work operator +(Work left, Work right) => Add(left, right);

    /// <summary>Subtracts one amount of work from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Work operator -(Work left, Work right) => Subtract(left, right);

    /// <summary>Negates an amount of work.</summary>
    /// <param name="work">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    public static Work operator -(Work work) => new(-work._hours);

    /// <summary>Multiplies work by a factor, such as assignment units.</summary>
    /// <param name="work">The work.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    public static Work operator *(Work work, decimal factor) => Multiply(work, factor);

    /// <summary>Divides work by a divisor.</summary>
    /// <param name="work">The work.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Work operator /(Work work, decimal divisor) => Divide(work, divisor);

    /// <summary>Divides one amount of work by another, giving a ratio such as a utilisation.</summary>
    /// <param name="dividend">The work divided.</param>
    /// <param name="divisor">The work to divide by.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static decimal operator /(Work dividend, Work divisor) => dividend._hours / divisor._hours;

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
    public static bool operator <(Work left, Work right) => left._hours < right._hours;

    /// <summary>Orders amounts of work.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is greater.</returns>
    public static bool operator >(Work left, Work right) => left._hours > right._hours;

    /// <summary>Orders amounts of work.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Work left, Work right) => left._hours <= right._hours;

    /// <summary>Orders amounts of work.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Work left, Work right) => left._hours >= right._hours;

    /// <inheritdoc cref="op_Addition(Work, Work)"/>
    public static Work Add(Work left, Work right) => new(left._hours + right._hours);

    /// <inheritdoc cref="op_Subtraction(Work, Work)"/>
    public static Work Subtract(Work left, Work right) => new(left._hours - right._hours);

    /// <inheritdoc cref="op_Multiply(Work, decimal)"/>
    public static Work Multiply(Work work, decimal factor) => new(work._hours * factor);

    /// <inheritdoc cref="op_Division(Work, decimal)"/>
    public static Work Divide(Work work, decimal divisor) => new(work._hours / divisor);

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
    public bool Equals(Work other) => _hours == other._hours;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Work other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _hours.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Work other) => _hours.CompareTo(other._hours);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Work other => CompareTo(other),
        _ => throw new ArgumentException("Object must be Work.", nameof(obj)),
    };

    /// <summary>Returns the invariant text form: the hours and <c>h</c>, such as <c>7.5h</c>.</summary>
    /// <returns>The text form, which <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => _hours.ToString(CultureInfo.InvariantCulture) + "h";

    /// <summary>Formats the hours with a numeric format and culture, followed by <c>h</c>.</summary>
    /// <param name="format">A numeric format for the hours, such as <c>N1</c>; null for the invariant form.</param>
    /// <param name="formatProvider">The culture; null for the current culture.</param>
    /// <returns>The formatted work.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null ? ToString() : _hours.ToString(format, formatProvider) + "h";

    /// <summary>Reads the invariant text form, such as <c>7.5h</c> or <c>-2h</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The work.</returns>
    /// <exception cref="FormatException">The text is not in the invariant form.</exception>
    public static Work Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return TryParse(s, out Work result)
            ? result
            : throw new FormatException($"'{s}' is not work in the invariant form: hours with a '.' decimal point followed by 'h', such as '7.5h'.");
    }

    /// <summary>Tries to read the invariant text form, such as <c>7.5h</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The work when read; otherwise zero.</param>
    /// <returns>Whether the text was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Work result)
    {
        result = default;
        if (s is null || s.Length < 2 || s[^1] != 'h' ||
            !decimal.TryParse(s.AsSpan(0, s.Length - 1), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out decimal hours))
        {
            return false;
        }
        result = new Work(hours);
        return true;
    }
}
