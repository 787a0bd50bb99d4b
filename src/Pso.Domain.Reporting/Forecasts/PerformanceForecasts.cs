using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Pso.Domain.Periods;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Utility;

namespace Pso.Domain.Reporting.Forecasts;

/// <summary>Forecasts of cost and finish from the trend of the cumulative performance indices: straight lines fitted
/// by least squares (MathNet.Numerics) to the CPI and the SPI(t) of the periods up to the status period, projected to
/// the planned completion, with a band from the prediction interval (Student's t distribution at the confidence asked).
///</summary>
public static class PerformanceForecasts
{
    /// <summary>Forecasts the cost at completion from the trend of the cumulative CPI.</summary>
    /// <param name="performance">The time-phased performance.</param>
    /// <param name="element">The element.</param>
    /// <param name="statusPeriod">The status period: the trend is fitted on the periods up to it.</param>
    /// <param name="confidence">The confidence of the band, between 0 and 1; 0.9 unless given.</param>
    /// <returns>The forecast, or null with fewer than three periods that have both earned value and actual cost, or
    /// when the earned value exceeds the budget at completion.</returns>
    public static CostForecast? CostAtCompletion(
        TimePhasedPerformance performance,
        ControlElement element,
        ReportingPeriod statusPeriod,
        decimal confidence = 0.9m
    )
    {
        ArgumentNullException.ThrowIfNull(performance);
        CheckConfidence(confidence);
        (ImmutableArray<PeriodPerformance> curve, int planned, _) = Curve(performance, element, statusPeriod);
        var points = new List<(double X, double Y)>();
        for (int i = 0; i < curve.Length; i++)
        {
            if (curve[i].ActualCost.Amount > 0m && curve[i].EarnedValue.Amount > 0m)
            {
                decimal costPerformanceIndex = curve[i].EarnedValue.Amount / curve[i].ActualCost.Amount;
                points.Add((i + 1, (double)costPerformanceIndex));
            }
        }
        if (points.Count < 3)
        {
            return null;
        }
        EarnedValueMeasures measures = performance.MeasuresAt(element, statusPeriod);
        if (measures.EarnedValueExceedsBudget)
        {
            return null;
        }
        double at = Math.Max(planned, points[^1].X);
        (double fitted, double half) = Predict(points, at, (double)confidence);
        decimal projected = Round(Math.Max(fitted, 1e-6));
        Money remaining = measures.BudgetAtCompletion - measures.EarnedValue;
        Money Estimate(double cpi) => measures.ActualCost + (remaining * (1m / Round(cpi)));
        return new CostForecast(
            element,
            statusPeriod,
            projected,
            Estimate(Math.Max(fitted, 1e-6)),
            Estimate(Math.Max(fitted + half, 1e-6)),
            fitted - half > 1e-6 ? Estimate(fitted - half) : null,
            confidence,
            points.Count
        );
    }

    /// <summary>Forecasts the finish from the trend of the cumulative schedule performance index in time,
    /// SPI(t).</summary>
    /// <param name="performance">The time-phased performance.</param>
    /// <param name="element">The element.</param>
    /// <param name="statusPeriod">The status period: the trend is fitted on the periods up to it.</param>
    /// <param name="confidence">The confidence of the band, between 0 and 1; 0.9 unless given.</param>
    /// <returns>The forecast, or null with fewer than three periods with earned schedule.</returns>
    public static FinishForecast? Finish(
        TimePhasedPerformance performance,
        ControlElement element,
        ReportingPeriod statusPeriod,
        decimal confidence = 0.9m
    )
    {
        ArgumentNullException.ThrowIfNull(performance);
        CheckConfidence(confidence);
        (ImmutableArray<PeriodPerformance> curve, int planned, ImmutableArray<PeriodPerformance> whole) = Curve(
            performance,
            element,
            statusPeriod
        );
        if (planned == 0)
        {
            return null;
        }
        Money[] plannedCurve = [.. whole.Take(planned).Select(c => c.PlannedValue)];
        var points = new List<(double X, double Y)>();
        for (int i = 0; i < curve.Length; i++)
        {
            if (
                EarnedScheduleMeasures.From(plannedCurve, curve[i].EarnedValue, i + 1) is
                { EarnedSchedule: > 0m, SchedulePerformanceIndexInTime: decimal spi }
            )
            {
                points.Add((i + 1, (double)spi));
            }
        }
        if (points.Count < 3)
        {
            return null;
        }
        double at = Math.Max(planned, points[^1].X);
        (double fitted, double half) = Predict(points, at, (double)confidence);
        if (fitted <= 1e-6)
        {
            return null;
        }
        ReportingPeriod first = whole[0].Period;
        ReportingPeriod PeriodAt(double spi)
        {
            double periods = planned / spi;
            int steps = Math.Clamp((int)Math.Ceiling(periods - 1e-9) - 1, 0, 100_000);
            ReportingPeriod period = first;
            for (int i = 0; i < steps; i++)
            {
                period = period.Next();
            }
            return period;
        }
        return new FinishForecast(
            element,
            statusPeriod,
            Round(fitted),
            Round(planned / fitted),
            PeriodAt(fitted),
            PeriodAt(fitted + half),
            fitted - half > 1e-6 ? PeriodAt(fitted - half) : null,
            confidence,
            points.Count
        );
    }

    /// <summary>Returns the cumulative curve up to the status period, the planned duration, and the whole
    /// curve.</summary>
    private static (
        ImmutableArray<PeriodPerformance> Curve,
        int PlannedPeriods,
        ImmutableArray<PeriodPerformance> Whole
    ) Curve(TimePhasedPerformance performance, ControlElement element, ReportingPeriod statusPeriod)
    {
        ImmutableArray<PeriodPerformance> cumulative = performance.Cumulative(element);
        return (
            [.. cumulative.TakeWhile(c => c.Period <= statusPeriod)],
            TimePhasedPerformance.PlannedDuration(cumulative),
            cumulative
        );
    }

    private static (double Fitted, double HalfWidth) Predict(
        List<(double X, double Y)> points,
        double at,
        double confidence
    )
    {
        double[] xs = [.. points.Select(p => p.X)];
        double[] ys = [.. points.Select(p => p.Y)];
        (double intercept, double slope) = Fit.Line(xs, ys);
        double residual = Math.Sqrt(
            points.Sum(p => Math.Pow(p.Y - (intercept + (slope * p.X)), 2)) / (points.Count - 2)
        );
        double mean = xs.Average();
        double sxx = xs.Sum(x => (x - mean) * (x - mean));
        double t = StudentT.InvCDF(0, 1, points.Count - 2, (1 + confidence) / 2);
        double half = t * residual * Math.Sqrt(1 + (1.0 / points.Count) + ((at - mean) * (at - mean) / sxx));
        return (intercept + (slope * at), half);
    }

    private static decimal Round(double value) => Math.Round((decimal)value, 6);

    private static void CheckConfidence(decimal confidence)
    {
        Preconditions.CheckArgumentInRange(
            confidence is > 0m and < 1m,
            nameof(confidence),
            confidence,
            "A confidence lies between 0 and 1."
        );
    }
}
