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
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(-1, [1]));
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(1, [1, -1]));
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(1, [0, 0]));
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
