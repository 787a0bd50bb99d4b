using System;
using System.Collections.Immutable;
using NodaTime;
using Pso.Domain.Utility;

namespace Pso.Domain.Periods;

/// <summary>
/// Buckets dates into reporting periods: days, ISO weeks, months, quarters, years, and fiscal quarters and years
/// that start on the first day of a configured month.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ReportingCalendar : IEquatable<ReportingCalendar>
{
    /// <summary>Initialises a reporting calendar.</summary>
    /// <param name="fiscalYearStartMonth">The month (1 to 12) in which the fiscal year starts: 1 for January, 4 for the
    /// UK's and Japan's April, 10 for the US federal October.</param>
    /// <param name="naming">Which calendar year names a fiscal year that spans two.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYearStartMonth"/> is not 1 to 12, or
    /// <paramref name="naming"/> is not a defined rule.</exception>
    public ReportingCalendar(int fiscalYearStartMonth = 1, FiscalYearNaming naming = FiscalYearNaming.EndingYear)
    {
        Preconditions.CheckArgumentRange(nameof(fiscalYearStartMonth), fiscalYearStartMonth, 1, 12);
        Preconditions.CheckArgumentInRange(
            Enum.IsDefined(naming),
            nameof(naming),
            naming,
            "Unknown fiscal year naming."
        );
        FiscalYearStartMonth = fiscalYearStartMonth;
        FiscalYearNaming = naming;
    }

    /// <summary>Gets a reporting calendar whose fiscal year is the calendar year.</summary>
    public static ReportingCalendar Default { get; } = new();

    /// <summary>Gets the month (1 to 12) in which the fiscal year starts.</summary>
    public int FiscalYearStartMonth { get; }

    /// <summary>Gets which calendar year names a fiscal year that spans two.</summary>
    public FiscalYearNaming FiscalYearNaming { get; }

    /// <summary>Returns the period of the given kind that contains a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="unit">The kind of period.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    public ReportingPeriod PeriodOf(LocalDate date, PeriodUnit unit)
    {
        LocalDate start;
        LocalDate end;
        switch (unit)
        {
            case PeriodUnit.Day:
                start = end = date;
                break;
            case PeriodUnit.Week:
                start = date.PlusDays(1 - (int)date.DayOfWeek);
                end = start.PlusDays(6);
                break;
            case PeriodUnit.Month:
                start = new LocalDate(date.Year, date.Month, 1);
                end = start.PlusMonths(1).PlusDays(-1);
                break;
            case PeriodUnit.Quarter:
                start = new LocalDate(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1);
                end = start.PlusMonths(3).PlusDays(-1);
                break;
            case PeriodUnit.Year:
                start = new LocalDate(date.Year, 1, 1);
                end = new LocalDate(date.Year, 12, 31);
                break;
            case PeriodUnit.FiscalYear:
                start = FiscalYearStart(date);
                end = start.PlusMonths(12).PlusDays(-1);
                break;
            case PeriodUnit.FiscalQuarter:
                LocalDate yearStart = FiscalYearStart(date);
                int monthsIn = (((date.Year - yearStart.Year) * 12) + date.Month) - yearStart.Month;
                start = yearStart.PlusMonths(monthsIn / 3 * 3);
                end = start.PlusMonths(3).PlusDays(-1);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown period unit.");
        }
        return new ReportingPeriod(unit, start, end, FiscalYearStartMonth, FiscalYearNaming);
    }

    /// <summary>Returns, in order, every period of the given kind that overlaps a range of dates.</summary>
    /// <param name="dates">The dates, inclusive at both ends.</param>
    /// <param name="unit">The kind of period.</param>
    /// <returns>The periods from the one containing the first date to the one containing the last.</returns>
    public ImmutableArray<ReportingPeriod> PeriodsIn(DateInterval dates, PeriodUnit unit)
    {
        Preconditions.CheckNotNull(dates);
        var periods = ImmutableArray.CreateBuilder<ReportingPeriod>();
        ReportingPeriod period = PeriodOf(dates.Start, unit);
        while (true)
        {
            periods.Add(period);
            if (period.End >= dates.End)
            {
                return periods.ToImmutable();
            }
            period = PeriodOf(period.End.PlusDays(1), unit);
        }
    }

    /// <summary>Returns the number of the fiscal year that contains a date, named as configured.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The fiscal year, such as 2027 for 2026-11-25 when the fiscal year starts in October and is named by
    /// its ending year.</returns>
    public int FiscalYearOf(LocalDate date)
    {
        LocalDate start = FiscalYearStart(date);
        return FiscalYearNaming == FiscalYearNaming.StartingYear ? start.Year : start.PlusMonths(11).Year;
    }

    /// <inheritdoc/>
    public bool Equals(ReportingCalendar? other) =>
        other is not null
        && FiscalYearStartMonth == other.FiscalYearStartMonth
        && FiscalYearNaming == other.FiscalYearNaming;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportingCalendar);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FiscalYearStartMonth, FiscalYearNaming);

    /// <summary>Describes the fiscal year, such as <c>fiscal year from month 4, named by ending year</c>.</summary>
    /// <returns>The calendar for people to read.</returns>
    public override string ToString()
    {
        string naming = FiscalYearNaming == FiscalYearNaming.EndingYear ? "ending" : "starting";
        return $"fiscal year from month {FiscalYearStartMonth}, named by {naming} year";
    }

    private LocalDate FiscalYearStart(LocalDate date) =>
        new(date.Month >= FiscalYearStartMonth ? date.Year : date.Year - 1, FiscalYearStartMonth, 1);
}
