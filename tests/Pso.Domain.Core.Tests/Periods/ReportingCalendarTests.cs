using System;
using System.Linq;
using NodaTime;
using Pso.Domain.Periods;
using Pso.Domain.Testing;

namespace Pso.Domain.Tests.Periods;

public class ReportingCalendarTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Theory]
    [InlineData(PeriodUnit.Day, "2026-11-25", "2026-11-25", "2026-11-25")]
    [InlineData(PeriodUnit.Week, "2026-11-23", "2026-11-29", "2026-W48")]
    [InlineData(PeriodUnit.Month, "2026-11-01", "2026-11-30", "2026-11")]
    [InlineData(PeriodUnit.Quarter, "2026-10-01", "2026-12-31", "2026-Q4")]
    [InlineData(PeriodUnit.Year, "2026-01-01", "2026-12-31", "2026")]
    [InlineData(PeriodUnit.FiscalYear, "2026-01-01", "2026-12-31", "FY2026")]
    [InlineData(PeriodUnit.FiscalQuarter, "2026-10-01", "2026-12-31", "FY2026-Q4")]
    public void Calendar_periods_contain_the_date(PeriodUnit unit, string start, string end, string label)
    {
        ReportingPeriod period = ReportingCalendar.Default.PeriodOf(Today, unit);

        Assert.Equal(
            LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture)),
            period.Start
        );
        Assert.Equal(
            LocalDate.FromDateTime(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture)),
            period.End
        );
        Assert.Equal(label, period.Label);
        Assert.True(period.Contains(Today));
    }

    [Fact]
    public void Iso_weeks_belong_to_their_week_year()
    {
        Assert.Equal("2026-W53", ReportingCalendar.Default.PeriodOf(new LocalDate(2027, 1, 1), PeriodUnit.Week).Label);
        Assert.Equal(
            "2025-W01",
            ReportingCalendar.Default.PeriodOf(new LocalDate(2024, 12, 30), PeriodUnit.Week).Label
        );
    }

    [Fact]
    public void A_US_federal_fiscal_year_is_named_by_its_ending_year()
    {
        var federal = new ReportingCalendar(10, FiscalYearNaming.EndingYear);

        ReportingPeriod year = federal.PeriodOf(Today, PeriodUnit.FiscalYear);
        ReportingPeriod quarter = federal.PeriodOf(Today, PeriodUnit.FiscalQuarter);

        Assert.Equal(new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2027, 9, 30)), year.Dates);
        Assert.Equal("FY2027", year.Label);
        Assert.Equal("FY2027-Q1", quarter.Label);
        Assert.Equal(new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31)), quarter.Dates);
        Assert.Equal(2027, federal.FiscalYearOf(Today));
    }

    [Fact]
    public void A_Japanese_fiscal_year_is_named_by_its_starting_year()
    {
        var japan = new ReportingCalendar(4, FiscalYearNaming.StartingYear);

        Assert.Equal("FY2026", japan.PeriodOf(Today, PeriodUnit.FiscalYear).Label);
        Assert.Equal("FY2026-Q3", japan.PeriodOf(Today, PeriodUnit.FiscalQuarter).Label);
        Assert.Equal("FY2025-Q4", japan.PeriodOf(new LocalDate(2026, 3, 31), PeriodUnit.FiscalQuarter).Label);
        Assert.Equal(
            new LocalDate(2026, 1, 1),
            japan.PeriodOf(new LocalDate(2026, 3, 31), PeriodUnit.FiscalQuarter).Start
        );
    }

    [Fact]
    public void Periods_in_a_range_cover_it_without_gaps()
    {
        var range = new DateInterval(new LocalDate(2026, 11, 15), new LocalDate(2027, 2, 3));

        Assert.Equal(
            ["2026-11", "2026-12", "2027-01", "2027-02"],
            ReportingCalendar.Default.PeriodsIn(range, PeriodUnit.Month).Select(p => p.Label)
        );
        Assert.Equal(
            ["2026-Q4", "2027-Q1"],
            ReportingCalendar.Default.PeriodsIn(range, PeriodUnit.Quarter).Select(p => p.Label)
        );
    }

    [Fact]
    public void Next_and_previous_step_by_one_period()
    {
        ReportingPeriod december = ReportingCalendar.Default.PeriodOf(new LocalDate(2026, 12, 10), PeriodUnit.Month);

        Assert.Equal("2027-01", december.Next().Label);
        Assert.Equal("2026-11", december.Previous().Label);
        Assert.Equal("FY2028", new ReportingCalendar(10).PeriodOf(Today, PeriodUnit.FiscalYear).Next().Label);
        Assert.True(december < december.Next());
    }

    [Fact]
    public void Bad_settings_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingCalendar(13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingCalendar(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingCalendar.Default.PeriodOf(Today, (PeriodUnit)99));
    }

    [SeededProperty]
    public bool Every_date_falls_in_exactly_one_period_of_each_unit(LocalDateTime moment, byte firstMonth)
    {
        var calendar = new ReportingCalendar(
            (firstMonth % 12) + 1,
            firstMonth % 2 == 0 ? FiscalYearNaming.EndingYear : FiscalYearNaming.StartingYear
        );
        LocalDate date = moment.Date;
        return Enum.GetValues<PeriodUnit>()
            .All(unit =>
            {
                ReportingPeriod period = calendar.PeriodOf(date, unit);
                return period.Contains(date)
                    && period.Next().Start == period.End.PlusDays(1)
                    && period.Previous().End == period.Start.PlusDays(-1)
                    && calendar.PeriodOf(period.Start, unit) == period
                    && calendar.PeriodOf(period.End, unit) == period;
            });
    }
}
