using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Utility;

namespace Pso.Domain.Calendars;

/// <summary>The weekly pattern of a working-time calendar: one <see cref="WorkingDay"/> for each day of the
/// week.</summary>
/// <remarks>Instances are immutable and thread-safe; equality compares the seven days.</remarks>
public sealed class WorkWeek : IEquatable<WorkWeek>
{
    private readonly WorkingDay[] _days;

    /// <summary>Initialises a week from the working time of each day.</summary>
    /// <param name="days">The working time of each day of the week; a day not given is non-working.</param>
    /// <exception cref="ArgumentException">A key is not a day of the week.</exception>
    public WorkWeek(IReadOnlyDictionary<IsoDayOfWeek, WorkingDay> days)
    {
        Preconditions.CheckNotNull(days);
        _days = new WorkingDay[7];
        Array.Fill(_days, WorkingDay.NonWorking);
        foreach (KeyValuePair<IsoDayOfWeek, WorkingDay> day in days)
        {
            Preconditions.CheckArgument(
                day.Key is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday,
                nameof(days),
                $"'{day.Key}' is not a day of the week."
            );
            _days[(int)day.Key - 1] = Preconditions.CheckNotNull(day.Value);
        }
    }

    private WorkWeek(WorkingDay[] days) => _days = days;

    /// <summary>Gets Microsoft Project's standard week: Monday to Friday 08:00-12:00 and 13:00-17:00 (40
    /// hours).</summary>
    public static WorkWeek Standard { get; } =
        Uniform(
            WorkingDay.Standard,
            IsoDayOfWeek.Monday,
            IsoDayOfWeek.Tuesday,
            IsoDayOfWeek.Wednesday,
            IsoDayOfWeek.Thursday,
            IsoDayOfWeek.Friday
        );

    /// <summary>Gets a week in which every moment is working time (168 hours).</summary>
    public static WorkWeek TwentyFourSeven { get; } =
        Uniform(
            WorkingDay.AllDay,
            IsoDayOfWeek.Monday,
            IsoDayOfWeek.Tuesday,
            IsoDayOfWeek.Wednesday,
            IsoDayOfWeek.Thursday,
            IsoDayOfWeek.Friday,
            IsoDayOfWeek.Saturday,
            IsoDayOfWeek.Sunday
        );

    /// <summary>Gets a week without working time.</summary>
    public static WorkWeek NonWorking { get; } = new(new Dictionary<IsoDayOfWeek, WorkingDay>());

    /// <summary>Gets the working time of a day of the week.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns>The working time of that day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public WorkingDay this[IsoDayOfWeek day]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(day), (int)day, 1, 7);
            return _days[(int)day - 1];
        }
    }

    /// <summary>Gets the working time of the whole week.</summary>
    public Duration WorkingTime => Duration.FromTicks(_days.Sum(d => d.TotalTicks));

    /// <summary>Returns the same days with the same working time on each of the given days of the week.</summary>
    /// <param name="day">The working time to use.</param>
    /// <param name="daysOfWeek">The days that work this way; the other days are non-working.</param>
    /// <returns>The week.</returns>
    public static WorkWeek Uniform(WorkingDay day, params IsoDayOfWeek[] daysOfWeek)
    {
        Preconditions.CheckNotNull(day);
        Preconditions.CheckNotNull(daysOfWeek);
        return new WorkWeek(daysOfWeek.Distinct().ToDictionary(d => d, _ => day));
    }

    /// <summary>Returns a copy of this week with one day changed.</summary>
    /// <param name="dayOfWeek">The day of the week to change.</param>
    /// <param name="day">Its new working time.</param>
    /// <returns>The changed week.</returns>
    public WorkWeek With(IsoDayOfWeek dayOfWeek, WorkingDay day)
    {
        Preconditions.CheckArgumentRange(nameof(dayOfWeek), (int)dayOfWeek, 1, 7);
        Preconditions.CheckNotNull(day);
        WorkingDay[] days = (WorkingDay[])_days.Clone();
        days[(int)dayOfWeek - 1] = day;
        return new WorkWeek(days);
    }

    /// <inheritdoc/>
    public bool Equals(WorkWeek? other) => other is not null && _days.SequenceEqual(other._days);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkWeek);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (WorkingDay day in _days)
        {
            hash.Add(day);
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns the week as <c>Monday: 08:00-12:00, 13:00-17:00; …</c>.</summary>
    /// <returns>The week for people to read.</returns>
    public override string ToString() =>
        string.Join("; ", Enumerable.Range(1, 7).Select(d => $"{(IsoDayOfWeek)d}: {_days[d - 1]}"));

    internal WorkingDay DayAt(int mondayBasedIndex) => _days[mondayBasedIndex];
}
