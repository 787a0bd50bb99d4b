using System;
using System.Globalization;
using NodaTime;

namespace Pso.Domain.Scheduling;

/// <summary>
/// The delay a dependency adds between its predecessor's date and its successor's; negative for a lead. Measured in
/// working time, in elapsed time, or as a percentage of the predecessor's duration (see <see cref="LagKind"/>).
/// </summary>
/// <remarks>An immutable value type; the default value is no lag.</remarks>
public readonly struct Lag : IEquatable<Lag>
{
    private readonly Duration _time;
    private readonly decimal _percent;
    private readonly LagKind _kind;

    private Lag(LagKind kind, Duration time, decimal percent)
    {
        _kind = kind;
        _time = time;
        _percent = percent;
    }

    /// <summary>Gets no lag.</summary>
    public static Lag None => default;

    /// <summary>Gets how the lag is measured.</summary>
    public LagKind Kind => _kind;

    /// <summary>Gets the lag as a duration, for working-time and elapsed lags; zero for percentage lags.</summary>
    public Duration Time => _time;

    /// <summary>Gets the percentage of the predecessor's duration, for percentage lags; zero otherwise.</summary>
    public decimal Percent => _percent;

    /// <summary>Gets whether the lag is negative: a lead.</summary>
    public bool IsLead => _time < Duration.Zero || _percent < 0m;

    /// <summary>Returns a lag in working time on the successor's calendar; negative for a lead.</summary>
    /// <param name="time">The working time.</param>
    /// <returns>The lag.</returns>
    public static Lag Working(Duration time) => new(LagKind.WorkingTime, time, 0m);

    /// <summary>Returns a lag in elapsed time (nights and weekends count); negative for a lead.</summary>
    /// <param name="time">The elapsed time.</param>
    /// <returns>The lag.</returns>
    public static Lag Elapsed(Duration time) => new(LagKind.Elapsed, time, 0m);

    /// <summary>Returns a lag of a percentage of the predecessor's duration; negative for a lead.</summary>
    /// <param name="percent">The percentage, such as 50 for half the predecessor's duration.</param>
    /// <returns>The lag.</returns>
    public static Lag PercentOfPredecessor(decimal percent) =>
        new(LagKind.PercentOfPredecessor, Duration.Zero, percent);

    /// <summary>Compares two lags.</summary>
    /// <param name="left">The first lag.</param>
    /// <param name="right">The second lag.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Lag left, Lag right) => left.Equals(right);

    /// <summary>Compares two lags.</summary>
    /// <param name="left">The first lag.</param>
    /// <param name="right">The second lag.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Lag left, Lag right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Lag other) => _kind == other._kind && _time == other._time && _percent == other._percent;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Lag other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_kind, _time, _percent);

    /// <summary>Returns the lag as <c>+8h</c>, <c>-2h elapsed</c> or <c>+50%</c>.</summary>
    /// <returns>The lag for people to read.</returns>
    public override string ToString() =>
        _kind switch
        {
            LagKind.PercentOfPredecessor => _percent.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + "%",
            LagKind.Elapsed => _time.TotalHours.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + "h elapsed",
            _ => _time.TotalHours.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + "h",
        };
}
