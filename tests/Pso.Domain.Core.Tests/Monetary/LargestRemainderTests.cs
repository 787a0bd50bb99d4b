using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Pso.Domain.Testing;

namespace Pso.Domain.Tests.Monetary;

/// <summary>The one largest-remainder split that money, work, capacity plans and staffing share.</summary>
public class LargestRemainderTests
{
    [Fact]
    public void Ten_units_over_one_two_and_three_give_the_leftover_to_the_largest_remainders()
    {
        // Exact shares 1.67, 3.33 and 5: floors 1, 3, 5; the one unit left goes to the largest remainder, 0.67.
        Assert.Equal([2L, 3L, 5L], LargestRemainder.Split(10, [1, 2, 3]));
    }

    [Fact]
    public void Ties_go_to_the_earlier_weight_and_zero_weights_get_nothing()
    {
        Assert.Equal([1L, 0L, 1L, 0L, 0L], LargestRemainder.Split(2, [1, 0, 1, 0, 1]));
        Assert.Equal([0L, 0L], LargestRemainder.Split(0, [0, 0]));
    }

    [Fact]
    public void Negative_units_negative_weights_or_no_positive_weight_are_refused()
    {
        Assert.StartsWith(
            "The units to split must not be negative.",
            Assert.Throws<ArgumentException>(() => LargestRemainder.Split(-1, [1])).Message,
            StringComparison.Ordinal
        );
        // A positive total does not hide a negative weight.
        Assert.StartsWith(
            "Weights must not be negative.",
            Assert.Throws<ArgumentException>(() => LargestRemainder.Split(1, [2, -1])).Message,
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "At least one weight must be positive.",
            Assert.Throws<ArgumentException>(() => LargestRemainder.Split(1, [0, 0])).Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Among_many_equal_remainders_the_leftover_goes_to_the_earliest_weights()
    {
        // Forty equal weights sort with an unstable sort, so only the index tie-break keeps the first five.
        long[] parts = LargestRemainder.Split(5, [.. Enumerable.Repeat(1L, 40)]);
        Assert.Equal([.. Enumerable.Repeat(1L, 5), .. Enumerable.Repeat(0L, 35)], parts);

        // The same through decimal weights of ten decimal places, which money splits in decimal arithmetic.
        ImmutableArray<Money> cents = Money.Of(0.05m, "EUR").Allocate([.. Enumerable.Repeat(0.0000000001m, 40)]);
        Assert.Equal([.. Enumerable.Repeat(0.01m, 5), .. Enumerable.Repeat(0m, 35)], cents.Select(c => c.Amount));
    }

    [Fact]
    public void Work_and_money_refuse_negative_weights_and_weights_without_a_positive_one()
    {
        Work hours = Work.FromHours(8);
        Assert.StartsWith(
            "At least one weight is needed.",
            Assert.Throws<ArgumentException>(() => hours.Allocate([])).Message,
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "Weights must not be negative.",
            Assert.Throws<ArgumentException>(() => hours.Allocate([2m, -1m])).Message,
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "At least one weight must be positive.",
            Assert.Throws<ArgumentException>(() => Money.Of(1m, "EUR").Allocate([0m, 0m])).Message,
            StringComparison.Ordinal
        );
        // Weights of more than nine decimal places take the decimal path, which checks them itself.
        Assert.StartsWith(
            "Weights must not be negative.",
            Assert.Throws<ArgumentException>(() => hours.Allocate([2m, -0.0000000001m])).Message,
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "At least one weight must be positive.",
            Assert.Throws<ArgumentException>(() => hours.Allocate([0.0000000000m])).Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Equal_work_is_neither_less_nor_greater()
    {
        Work hour = Work.FromHours(1);
        Assert.False(hour < Work.FromHours(1));
        Assert.False(hour > Work.FromHours(1));
    }

    [Fact]
    public void The_largest_units_and_weights_split_without_overflow()
    {
        long[] parts = LargestRemainder.Split(long.MaxValue, [long.MaxValue, long.MaxValue, 1]);

        Assert.Equal(long.MaxValue, parts.Aggregate(Int128.Zero, (sum, p) => sum + p));
    }

    [SeededProperty]
    public Property Parts_sum_to_the_units_and_each_is_within_one_of_its_exact_share(
        NonNegativeInt units,
        PositiveInt positive,
        NonNegativeInt[] others,
        NonNegativeInt at
    )
    {
        // At least one positive weight, anywhere among the others (zeros included).
        var list = others.Select(x => (long)x.Get).ToList();
        list.Insert(at.Get % (list.Count + 1), positive.Get);
        long[] w = [.. list];
        long total = w.Sum();
        long[] parts = LargestRemainder.Split(units.Get, w);
        bool law =
            parts.Sum() == units.Get
            && parts.Select((p, i) => Math.Abs(p - ((decimal)units.Get * w[i] / total))).All(d => d < 1m)
            && parts.Where((p, i) => w[i] == 0).All(p => p == 0);
        return law.ToProperty().Classify(w.Contains(0), "with a zero weight").Classify(units.Get == 0, "no units");
    }

    [SeededProperty]
    public bool Work_allocates_exactly_in_ticks(Work work, Weights weights)
    {
        ImmutableArray<Work> parts = work.Allocate(weights.Values);

        return parts.Aggregate(Work.Zero, (sum, p) => sum + p) == work
            && parts.All(p => work >= Work.Zero ? p >= Work.Zero : p <= Work.Zero);
    }
}
