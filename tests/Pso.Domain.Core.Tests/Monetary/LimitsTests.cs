using System;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;

namespace Pso.Domain.Tests.Monetary;

/// <summary>At the limits of their types the value types give a typed error or an exact answer, never an
/// overflow.</summary>
public class LimitsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Allocating_the_largest_amounts_sums_exactly_when_every_share_fits(int parts)
    {
        foreach (
            decimal amount in new[]
            {
                decimal.MaxValue,
                decimal.MinValue,
                decimal.MaxValue / 10m,
                79_228_162_514_264_337_593_543_950.33m,
            }
        )
        {
            Money money = Money.Of(amount, "EUR");
            var shares = money.Allocate(Enumerable.Range(1, parts).Select(i => (decimal)i).ToArray());
            Assert.Equal(money, Money.Sum(shares, Currency.Eur));
        }
    }

    [Fact]
    public void Weights_that_add_up_beyond_a_decimal_share_in_the_same_proportions()
    {
        var shares = Money.Of(1_000m, "EUR").Allocate([decimal.MaxValue, decimal.MaxValue]);
        Assert.Equal([500m, 500m], shares.Select(s => s.Amount));
    }

    [Fact]
    public void Working_time_beyond_any_calendar_is_no_working_time_not_an_overflow()
    {
        var start = new LocalDateTime(2026, 11, 23, 8, 0);
        Assert.Throws<NoWorkingTimeException>(() => WorkCalendar.Standard.AddWorkingTime(start, Duration.MaxValue));
        Assert.Throws<NoWorkingTimeException>(() =>
            WorkCalendar.Standard.SubtractWorkingTime(start, Duration.MaxValue)
        );
        Assert.Throws<NoWorkingTimeException>(() =>
            WorkCalendar.TwentyFourHours.AddWorkingTime(new LocalDateTime(9999, 12, 31, 0, 0), Duration.FromHours(48))
        );
    }
}
