using System;
using NodaTime;

namespace Pso.Domain.Tests.WorkTime;

public class WorkTests
{
    [Fact]
    public void Work_is_exact_hours_with_arithmetic_and_ratios()
    {
        Work day = Work.FromHours(7.5m);

        Assert.Equal(Work.FromHours(15m), day + day);
        Assert.Equal(Work.FromMinutes(450m), day);
        Assert.Equal(450m, day.Minutes);
        Assert.Equal(Work.FromHours(3.75m), day / 2m);
        Assert.Equal(Work.FromHours(3.75m), day * 0.5m);
        Assert.Equal(0.5m, Work.FromHours(20m) / Work.FromHours(40m));
        Assert.Equal(Work.FromHours(-2m), Work.FromHours(5m).Minus(Work.FromHours(7m)));
        Assert.True(day > Work.Zero);
        Assert.True(Work.Zero.IsZero);
    }

    [Fact]
    public void Work_converts_to_and_from_working_time_at_full_units()
    {
        Assert.Equal(Duration.FromMinutes(90), Work.FromHours(1.5m).ToDuration());
        Assert.Equal(Work.FromHours(1.5m), Work.FromDuration(Duration.FromMinutes(90)));
    }

    [Theory]
    [InlineData("7.5h", 7.5)]
    [InlineData("-2h", -2)]
    [InlineData("0h", 0)]
    public void The_text_form_is_hours_and_h(string text, decimal hours)
    {
        Assert.Equal(Work.FromHours(hours), Work.Parse(text));
        Assert.Equal(text, Work.FromHours(hours).ToString());
    }

    [Theory]
    [InlineData("7.5")]
    [InlineData("h")]
    [InlineData("7,5h")]
    public void Other_text_is_rejected(string text)
    {
        Assert.False(Work.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Work.Parse(text));
    }
}
