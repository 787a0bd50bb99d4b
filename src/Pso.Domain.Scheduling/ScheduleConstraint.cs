using System;
using NodaTime;
using Pso.Domain.Utility;

namespace Pso.Domain.Scheduling;

/// <summary>A date constraint: a <see cref="ConstraintType"/> and, for the dated types, its date.</summary>
/// <remarks>An immutable value type; the default value is as soon as possible.</remarks>
public readonly struct ScheduleConstraint : IEquatable<ScheduleConstraint>
{
    private readonly LocalDateTime _date;

    private ScheduleConstraint(ConstraintType type, LocalDateTime date)
    {
        Type = type;
        _date = date;
    }

    /// <summary>Gets as soon as possible: no constraint.</summary>
    public static ScheduleConstraint AsSoonAsPossible => default;

    /// <summary>Gets as late as possible without delaying the project.</summary>
    public static ScheduleConstraint AsLateAsPossible => new(ConstraintType.AsLateAsPossible, default);

    /// <summary>Gets the type of the constraint.</summary>
    public ConstraintType Type { get; }

    /// <summary>Gets the date of a dated constraint; null for as soon or as late as possible.</summary>
    public LocalDateTime? Date => IsDated ? _date : null;

    /// <summary>Gets whether the constraint has a date.</summary>
    public bool IsDated => Type is not (ConstraintType.AsSoonAsPossible or ConstraintType.AsLateAsPossible);

    /// <summary>Returns a dated constraint.</summary>
    /// <param name="type">A dated type: start or finish no earlier or later than, must start or finish on.</param>
    /// <param name="date">The date.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a dated type.</exception>
    public static ScheduleConstraint On(ConstraintType type, LocalDateTime date)
    {
        Preconditions.CheckArgument(
            Enum.IsDefined(type) && type is not (ConstraintType.AsSoonAsPossible or ConstraintType.AsLateAsPossible),
            nameof(type),
            $"{type} is not a dated constraint."
        );
        return new ScheduleConstraint(type, date);
    }

    /// <summary>Compares two constraints.</summary>
    /// <param name="left">The first constraint.</param>
    /// <param name="right">The second constraint.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ScheduleConstraint left, ScheduleConstraint right) => left.Equals(right);

    /// <summary>Compares two constraints.</summary>
    /// <param name="left">The first constraint.</param>
    /// <param name="right">The second constraint.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ScheduleConstraint left, ScheduleConstraint right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ScheduleConstraint other) => Type == other.Type && Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScheduleConstraint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Date);

    /// <summary>Returns the type and, if any, the date.</summary>
    /// <returns>The constraint for people to read.</returns>
    public override string ToString() => IsDated ? $"{Type} {_date:uuuu-MM-dd'T'HH:mm}" : Type.ToString();
}
