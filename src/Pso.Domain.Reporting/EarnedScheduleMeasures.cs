using System;
using System.Collections.Generic;
using Pso.Domain.Utility;

namespace Pso.Domain.Reporting;

/// <summary>
/// Earned schedule (Lipke): the time at which the work done should have been done, found on the planned-value curve,
/// and the time-based measures that follow from it. Unlike SV and SPI, which measure the schedule in money and return
/// to 0 and 1 at the end of every late project, these keep measuring in time until the last day.
/// </summary>
/// <remarks>Times are in reporting periods (a month, a week: whatever the planned-value curve is cumulated by), as
/// decimals; this type is an immutable value and thread-safe.</remarks>
public sealed record EarnedScheduleMeasures
{
    /// <summary>Initialises the measures from their three times.</summary>
    /// <param name="earnedSchedule">The earned schedule (ES), in periods.</param>
    /// <param name="actualTime">The actual time (AT): the periods elapsed at the status date.</param>
    /// <param name="plannedDuration">The planned duration (PD), in periods.</param>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative, or the planned duration is zero.</exception>
    public EarnedScheduleMeasures(decimal earnedSchedule, decimal actualTime, decimal plannedDuration)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(earnedSchedule);
        ArgumentOutOfRangeException.ThrowIfNegative(actualTime);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plannedDuration);
        EarnedSchedule = earnedSchedule;
        ActualTime = actualTime;
        PlannedDuration = plannedDuration;
    }

    /// <summary>Gets the earned schedule (ES): the time by which the plan had earned what has been earned.</summary>
    public decimal EarnedSchedule { get; }

    /// <summary>Gets the actual time (AT) at the status date.</summary>
    public decimal ActualTime { get; }

    /// <summary>Gets the planned duration (PD).</summary>
    public decimal PlannedDuration { get; }

    /// <summary>Gets the schedule variance in time: <c>SV(t) = ES - AT</c> (negative when behind).</summary>
    public decimal ScheduleVarianceInTime => EarnedSchedule - ActualTime;

    /// <summary>Gets the schedule performance index in time: <c>SPI(t) = ES / AT</c>; null at the start.</summary>
    public decimal? SchedulePerformanceIndexInTime => ActualTime == 0 ? null : EarnedSchedule / ActualTime;

    /// <summary>Gets the independent estimate at completion in time: <c>IEAC(t) = PD / SPI(t)</c>, the duration the
    /// project will take at its pace so far; null while SPI(t) is undefined or zero.</summary>
    public decimal? IndependentEstimateAtCompletionInTime =>
        ActualTime == 0 || EarnedSchedule == 0 ? null : PlannedDuration * ActualTime / EarnedSchedule;

    /// <summary>Gets the to-complete schedule performance index: <c>TSPI = (PD - ES) / (PD - AT)</c>, the pace the
    /// remaining work needs to finish on the planned duration; null once the planned duration has passed.</summary>
    public decimal? ToCompleteSchedulePerformanceIndex =>
        ActualTime >= PlannedDuration ? null : (PlannedDuration - EarnedSchedule) / (PlannedDuration - ActualTime);

    /// <summary>Finds the earned schedule on a cumulative planned-value curve: <c>ES = C + (EV - PV[C]) / (PV[C+1] -
    /// PV[C])</c>,
    /// where <c>C</c> is the last period whose cumulative planned value is at most the earned value (interpolated
    /// linearly within the next period).</summary>
    /// <param name="cumulativePlannedValue">The cumulative planned value at the end of each period, in order (the
    /// planned duration is their number).</param>
    /// <param name="earnedValue">The earned value at the status date.</param>
    /// <param name="actualTime">The periods elapsed at the status date.</param>
    /// <returns>The measures.</returns>
    /// <exception cref="ArgumentException">The curve is empty, decreases, or is not in the earned value's
    /// currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The earned value or the actual time is negative.</exception>
    public static EarnedScheduleMeasures From(
        IReadOnlyList<Money> cumulativePlannedValue,
        Money earnedValue,
        decimal actualTime
    )
    {
        ArgumentNullException.ThrowIfNull(cumulativePlannedValue);
        Preconditions.CheckArgument(
            cumulativePlannedValue.Count > 0,
            nameof(cumulativePlannedValue),
            "The planned-value curve has no periods."
        );
        ArgumentOutOfRangeException.ThrowIfNegative(earnedValue.Amount, nameof(earnedValue));
        decimal previous = 0m;
        for (int i = 0; i < cumulativePlannedValue.Count; i++)
        {
            Money value = cumulativePlannedValue[i];
            Preconditions.CheckArgument(
                value.Currency == earnedValue.Currency,
                nameof(cumulativePlannedValue),
                $"Period {i + 1} of the planned-value curve is in {value.Currency}, the earned value in "
                    + $"{earnedValue.Currency}."
            );
            Preconditions.CheckArgument(
                value.Amount >= previous,
                nameof(cumulativePlannedValue),
                $"The planned-value curve is cumulative, so it cannot fall: period {i + 1} has {value.Amount} "
                    + $"after {previous}."
            );
            previous = value.Amount;
        }
        decimal earned = earnedValue.Amount;
        int whole = 0;
        while (whole < cumulativePlannedValue.Count && cumulativePlannedValue[whole].Amount <= earned)
        {
            whole++;
        }
        decimal schedule = whole;
        if (whole < cumulativePlannedValue.Count)
        {
            decimal before = whole == 0 ? 0m : cumulativePlannedValue[whole - 1].Amount;
            schedule += (earned - before) / (cumulativePlannedValue[whole].Amount - before);
        }
        return new EarnedScheduleMeasures(schedule, actualTime, cumulativePlannedValue.Count);
    }
}
