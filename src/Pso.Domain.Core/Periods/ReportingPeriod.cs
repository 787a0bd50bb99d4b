using System;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Calendars;
using Pso.Domain.Serialization;

namespace Pso.Domain.Periods;

/// <summary>
/// One reporting period: a day, ISO week, month, quarter, year, fiscal quarter or fiscal year, as the dates it covers
/// (inclusive at both ends) and a label such as <c>2026-W48</c>, <c>2026-Q4</c> or <c>FY2027-Q1</c>.
/// </summary>
/// <remarks>
/// Obtain periods from a <see cref="ReportingCalendar"/>, which knows the fiscal year. Periods order by their first
/// date. This type is an immutable value type; the default value is the day 0001-01-01.
/// </remarks>
[JsonConverter(typeof(ReportingPeriodJsonConverter))]
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private readonly LocalDate _start;
    private readonly LocalDate _end;
    private readonly PeriodUnit _unit;
    private readonly byte _fiscalYearStartMonth; // 0 on non-fiscal periods
    private readonly FiscalYearNaming _naming;

    internal ReportingPeriod(
        PeriodUnit unit,
        LocalDate start,
        LocalDate end,
        int fiscalYearStartMonth,
        FiscalYearNaming naming
    )
    {
        _unit = unit;
        _start = start;
        _end = end;
        bool fiscal = unit is PeriodUnit.FiscalQuarter or PeriodUnit.FiscalYear;
        _fiscalYearStartMonth = fiscal ? (byte)fiscalYearStartMonth : (byte)0;
        // A fiscal year that starts in January has one name under either rule; keep one form so equality holds.
        _naming = fiscal && fiscalYearStartMonth != 1 ? naming : FiscalYearNaming.EndingYear;
    }

    /// <summary>Gets the length of the period.</summary>
    public PeriodUnit Unit => _unit;

    /// <summary>Gets the first date of the period.</summary>
    public LocalDate Start => _start;

    /// <summary>Gets the last date of the period (inclusive).</summary>
    public LocalDate End => _end;

    /// <summary>Gets the dates of the period, inclusive at both ends.</summary>
    public DateInterval Dates => new(Start, End);

    /// <summary>Gets the number of days in the period.</summary>
    public int Days => Period.DaysBetween(Start, End) + 1;

    /// <summary>Gets the label: <c>2026-11-25</c>, <c>2026-W48</c>, <c>2026-11</c>, <c>2026-Q4</c>, <c>2026</c>,
    /// <c>FY2027-Q1</c> or <c>FY2027</c>.</summary>
    public string Label =>
        _unit switch
        {
            PeriodUnit.Day => Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            PeriodUnit.Week => string.Create(
                CultureInfo.InvariantCulture,
                $"{WeekYearRules.Iso.GetWeekYear(Start):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(Start):D2}"
            ),
            PeriodUnit.Month => Start.ToString("uuuu-MM", CultureInfo.InvariantCulture),
            PeriodUnit.Quarter => string.Create(
                CultureInfo.InvariantCulture,
                $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"
            ),
            PeriodUnit.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
            PeriodUnit.FiscalQuarter => string.Create(
                CultureInfo.InvariantCulture,
                $"FY{FiscalYear:D4}-Q{FiscalQuarterNumber}"
            ),
            _ => string.Create(CultureInfo.InvariantCulture, $"FY{FiscalYear:D4}"),
        };

    /// <summary>Gets the month (1 to 12) in which the fiscal year starts, for fiscal periods; otherwise 1.</summary>
    public int FiscalYearStartMonth => _fiscalYearStartMonth == 0 ? 1 : _fiscalYearStartMonth;

    /// <summary>Gets how the fiscal year is named, for fiscal periods.</summary>
    public FiscalYearNaming FiscalYearNaming => _naming;

    private int FiscalYear
    {
        get
        {
            LocalDate yearStart = Start.PlusMonths(-MonthsIntoFiscalYear);
            return _naming == FiscalYearNaming.StartingYear ? yearStart.Year : yearStart.PlusMonths(11).Year;
        }
    }

    private int MonthsIntoFiscalYear => ((Start.Month - FiscalYearStartMonth) + 12) % 12;

    private int FiscalQuarterNumber => (MonthsIntoFiscalYear / 3) + 1;

    /// <summary>Compares two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they are the same period.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Compares two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Orders periods by first date.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> comes first.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Orders periods by first date.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> comes later.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Orders periods by first date.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> comes first or is the same.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Orders periods by first date.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> comes later or is the same.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>Says whether a date falls in the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <paramref name="date"/> is between <see cref="Start"/> and <see cref="End"/>
    /// inclusive.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Returns the period of the same kind that follows this one.</summary>
    /// <returns>The next period.</returns>
    public ReportingPeriod Next() => Calendar().PeriodOf(End.PlusDays(1), _unit);

    /// <summary>Returns the period of the same kind that precedes this one.</summary>
    /// <returns>The previous period.</returns>
    public ReportingPeriod Previous() => Calendar().PeriodOf(Start.PlusDays(-1), _unit);

    /// <inheritdoc/>
    public bool Equals(ReportingPeriod other) =>
        _unit == other._unit
        && Start == other.Start
        && End == other.End
        && _fiscalYearStartMonth == other._fiscalYearStartMonth
        && _naming == other._naming;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_unit, Start, End, _fiscalYearStartMonth, _naming);

    /// <summary>Orders by first date, then by last date, then by unit.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>Negative, zero or positive as this period comes before, with or after the other.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        int byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }
        int byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : _unit.CompareTo(other._unit);
    }

    /// <summary>Returns the label and dates, such as <c>2026-Q4 [2026-10-01, 2026-12-31]</c>.</summary>
    /// <returns>The period for people to read.</returns>
    public override string ToString() => $"{Label} {Dates}";

    private ReportingCalendar Calendar() => new(FiscalYearStartMonth, _naming);
}
