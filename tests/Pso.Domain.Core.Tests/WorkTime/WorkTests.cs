using System;
using System.Linq;
using NodaTime;
using Pso.Domain.Testing;

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

public class ExactWorkTests
{
    [Fact]
    public void Minutes_and_seconds_add_up_exactly()
    {
        Work twenty = Work.FromDuration(Duration.FromMinutes(20));
        Assert.Equal(Work.FromHours(1m), twenty + twenty + twenty);
        Assert.Equal("1h", (twenty + twenty + twenty).ToString());
        Assert.Equal("4h", (Work.FromMinutes(80m) * 3m).ToString());
        Assert.Equal(Work.FromHours(1m), Work.FromMinutes(20m) * 3m);
        // A timesheet of 10:45:00 in three entries of 3:35:00.
        Work entry = Work.FromDuration(new Duration() + Duration.FromHours(3) + Duration.FromMinutes(35));
        Assert.Equal(10.75m, (entry + entry + entry).Hours);
        Assert.Equal(Work.FromHours(1m), Work.FromDuration(Duration.FromSeconds(1)) * 3600m);
    }

    [Fact]
    public void Hours_that_have_no_finite_decimal_still_read_back_as_the_same_work()
    {
        Work twenty = Work.FromMinutes(20m);
        Assert.Equal("0.33333333333h", twenty.ToString());
        Assert.Equal(twenty, Work.Parse(twenty.ToString()));
        Assert.Equal(twenty, Work.FromHours(twenty.Hours));
        Assert.Equal(20m, twenty.Minutes);
        Assert.Equal(Duration.FromMinutes(20), twenty.ToDuration());
    }

    [Fact]
    public void Products_and_quotients_round_to_the_nearest_tick()
    {
        Work tick = Work.FromDuration(Duration.FromTicks(1));
        Assert.Equal(tick, tick * 0.5m);
        Assert.Equal(Work.Zero, tick * 0.49m);
        Assert.Equal(-tick, -tick * 0.5m);
        Assert.Equal(Work.FromDuration(Duration.FromTicks(3)), Work.FromDuration(Duration.FromTicks(10)) / 3m);
        Assert.Equal(0.5m, Work.FromMinutes(20m) / Work.FromMinutes(40m));
    }

    [Fact]
    public void Work_beyond_its_range_is_refused_at_the_edges_and_overflows_in_arithmetic()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Work.FromHours(7.9e28m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Work.FromHours(-300_000_000m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Work.FromMinutes(decimal.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Work.FromDuration(Duration.MaxValue));
        Assert.Throws<OverflowException>(() => Work.MaxValue + Work.FromHours(1m));
        Assert.Throws<OverflowException>(() => Work.MinValue - Work.FromHours(1m));
        Assert.Throws<OverflowException>(() => Work.MaxValue * 2m);
        Assert.Throws<OverflowException>(() => Work.MaxValue / 0.5m);
        Assert.Equal(Work.MaxValue, -Work.MinValue);
        Assert.False(Work.TryParse("79000000000000000000000000000h", out _));
        Assert.Equal(Work.MaxValue, Work.Parse(Work.MaxValue.ToString()));
    }

    [SeededProperty]
    public bool Sums_of_work_are_exact(Work[] parts)
    {
        // Each part shrunk so that no sum can leave the range; the sum of ticks, done in decimals, is the reference.
        decimal ticks = 0m;
        Work sum = Work.Zero;
        foreach (Work whole in parts)
        {
            Work part = whole / (parts.Length + 1);
            ticks += part.ToDuration().BclCompatibleTicks;
            sum += part;
        }
        return sum.ToDuration().BclCompatibleTicks == ticks;
    }

    [SeededProperty]
    public bool The_text_form_reads_back_exactly(Work work) =>
        Work.Parse(work.ToString()) == work && Work.FromHours(work.Hours) == work;

    [SeededProperty]
    public bool The_text_form_has_at_most_eleven_decimals(Work work)
    {
        string text = work.ToString()[..^1];
        int point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 || text.Length - point - 1 <= 11;
    }

    [SeededProperty]
    public bool Json_reads_back_exactly(Work work) =>
        System.Text.Json.JsonSerializer.Deserialize<Work>(System.Text.Json.JsonSerializer.Serialize(work)) == work;
}

public class WorkEdgeTests
{
    private static readonly Work Tick = Work.FromDuration(Duration.FromTicks(1));

    [Fact]
    public void Every_overflow_says_what_the_range_of_work_is()
    {
        Assert.Contains(
            "Work.MaxValue",
            Assert.Throws<OverflowException>(() => Work.MaxValue + Tick).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Work.MinValue",
            Assert.Throws<OverflowException>(() => Work.MinValue - Tick).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Work.MaxValue",
            Assert.Throws<OverflowException>(() => Work.MaxValue * 2m).Message,
            StringComparison.Ordinal
        );
        Assert.Equal(Work.MaxValue, (Work.MaxValue - Tick) + Tick);
        Assert.Equal(Work.MinValue, (Work.MinValue + Tick) - Tick);
        Assert.Equal(Work.MaxValue, Work.FromDuration(Duration.FromTicks(long.MaxValue)));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Work.FromDuration(Duration.FromTicks(long.MaxValue) + Duration.FromTicks(1))
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Work.FromDuration(Duration.FromTicks(-long.MaxValue) - Duration.FromTicks(1))
        );
    }

    [Fact]
    public void Work_orders_and_compares_by_its_ticks()
    {
        Work less = Work.FromMinutes(20m),
            more = Work.FromMinutes(21m);
        Assert.True(less < more && less <= more && more > less && more >= less && less != more);
        Assert.False(less > more || less >= more || more < less || more <= less || less == more);
        Assert.True(less <= Work.FromMinutes(20m) && less >= Work.FromMinutes(20m));
        Assert.Equal(-1, ((IComparable)less).CompareTo(more));
        Assert.Equal(1, ((IComparable)less).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ((IComparable)less).CompareTo("20 minutes"));
    }

    [Fact]
    public void The_text_forms_are_the_fewest_decimals_and_a_format_on_request()
    {
        Assert.Equal("0.00000000003h", Tick.ToString());
        Assert.Equal("0.33h", Work.FromMinutes(20m).ToString("N2", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            "0.33333333333h",
            Work.FromMinutes(20m).ToString(null, System.Globalization.CultureInfo.InvariantCulture)
        );
        Assert.Throws<ArgumentNullException>(() => Work.Parse(null!));
        Assert.Contains("'x'", Assert.Throws<FormatException>(() => Work.Parse("x")).Message, StringComparison.Ordinal);
        Assert.False(Work.TryParse(null, out _));
        Assert.False(Work.TryParse("h", out _));
        Assert.True(Work.TryParse("1h", out Work hour) && hour == Work.FromHours(1m));
    }
}

public class ErrorTextTests
{
    [Fact]
    public void A_value_is_quoted_whole_up_to_the_limit_then_cut_with_its_length()
    {
        string exact = new('a', Pso.Domain.Errors.ErrorText.MaxQuoted);
        Assert.Equal(exact, Pso.Domain.Errors.ErrorText.Quote(exact));
        Assert.Equal(new string('a', 80) + "… (81 characters)", Pso.Domain.Errors.ErrorText.Quote(exact + "b"));
        Assert.Equal("", Pso.Domain.Errors.ErrorText.Quote((string?)null));
        // A pair of surrogates across the cut is never split.
        string pairAtCut = new string('a', 79) + "\U0001F600" + "tail";
        Assert.Equal(new string('a', 79) + "… (85 characters)", Pso.Domain.Errors.ErrorText.Quote(pairAtCut));
    }

    [Fact]
    public void A_list_names_its_first_members_and_counts_the_rest()
    {
        string[] eight = [.. System.Linq.Enumerable.Range(1, 8).Select(i => $"A{i}")];
        Assert.Equal(string.Join(", ", eight), Pso.Domain.Errors.ErrorText.List(eight));
        Assert.Equal(
            string.Join(" -> ", eight) + " -> … and 2 more",
            Pso.Domain.Errors.ErrorText.List([.. eight, "A9", "A10"], " -> ")
        );
        Assert.Throws<ArgumentNullException>(() => Pso.Domain.Errors.ErrorText.List(null!));
        Assert.Throws<ArgumentNullException>(() => Pso.Domain.Errors.ErrorText.List(eight, null!));
    }
}
