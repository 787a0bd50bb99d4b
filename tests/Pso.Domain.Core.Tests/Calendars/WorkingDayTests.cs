using System;
using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Tests.Calendars;

public class WorkingDayTests
{
    [Fact]
    public void Touching_intervals_merge_so_equal_days_are_equal()
    {
        WorkingDay day = WorkingDay.Parse("12:00-17:00, 08:00-12:00");

        Assert.Equal(WorkingDay.Parse("08:00-17:00"), day);
        Assert.Equal(Duration.FromHours(9), day.WorkingTime);
        Assert.Equal("08:00-17:00", day.ToString());
    }

    [Fact]
    public void Overlapping_intervals_are_rejected()
    {
        Assert.Throws<FormatException>(() => WorkingDay.Parse("08:00-12:00, 11:00-13:00"));
        Assert.Throws<ArgumentException>(() => new WorkingInterval(new LocalTime(12, 0), new LocalTime(8, 0)));
    }

    [Fact]
    public void Midnight_as_an_end_means_the_end_of_the_day()
    {
        var night = WorkingInterval.Parse("22:00-24:00");

        Assert.True(night.EndsAtMidnight);
        Assert.Equal(LocalTime.Midnight, night.End);
        Assert.Equal(Duration.FromHours(2), night.Length);
        Assert.Equal("22:00-24:00", night.ToString());
        Assert.Equal(Duration.FromHours(24), WorkingDay.AllDay.WorkingTime);
        Assert.Equal("00:00-24:00", WorkingDay.AllDay.ToString());
    }

    [Theory]
    [InlineData("8-12")]
    [InlineData("08:00")]
    [InlineData("08:00-25:00")]
    public void Bad_intervals_are_format_errors(string text)
    {
        Assert.Throws<FormatException>(() => WorkingInterval.Parse(text));
    }

    [Fact]
    public void Working_time_before_a_time_of_day_counts_earlier_intervals()
    {
        Assert.Equal(Duration.FromHours(4), WorkingDay.Standard.WorkingTimeBefore(new LocalTime(12, 30)));
        Assert.Equal(Duration.FromHours(5), WorkingDay.Standard.WorkingTimeBefore(new LocalTime(14, 0)));
        Assert.True(WorkingDay.Standard.IsWorking(new LocalTime(8, 0)));
        Assert.False(WorkingDay.Standard.IsWorking(new LocalTime(17, 0)));
        Assert.Equal("non-working", WorkingDay.NonWorking.ToString());
        Assert.Same(WorkingDay.NonWorking, WorkingDay.Parse("non-working"));
    }

    [Fact]
    public void The_standard_week_has_forty_hours()
    {
        Assert.Equal(Duration.FromHours(40), WorkWeek.Standard.WorkingTime);
        Assert.Equal(Duration.FromHours(168), WorkWeek.TwentyFourSeven.WorkingTime);
        Assert.Equal(WorkingDay.NonWorking, WorkWeek.Standard[IsoDayOfWeek.Sunday]);
        Assert.Equal(
            Duration.FromHours(44),
            WorkWeek.Standard.With(IsoDayOfWeek.Saturday, WorkingDay.Parse("08:00-12:00")).WorkingTime
        );
    }
}
