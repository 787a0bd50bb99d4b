using System;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Testing;

namespace Pso.Domain.Tests.Monetary;

public class MoneyAllocationTests
{
    [Fact]
    public void Splitting_100_euros_in_three_gives_the_extra_cent_to_the_first_part()
    {
        ImmutableArray<Money> parts = Money.Of(100m, "EUR").Split(3);

        Assert.Equal([Money.Of(33.34m, "EUR"), Money.Of(33.33m, "EUR"), Money.Of(33.33m, "EUR")], parts.ToArray());
    }

    [Fact]
    public void Allocation_follows_the_weights_and_gives_leftover_units_to_the_largest_remainders()
    {
        // Exact shares: 16.6666…, 33.3333…, 50.0000…; remainders put the last cent on the first part.
        ImmutableArray<Money> parts = Money.Of(100m, "EUR").Allocate([1m, 2m, 3m]);

        Assert.Equal([Money.Of(16.67m, "EUR"), Money.Of(33.33m, "EUR"), Money.Of(50m, "EUR")], parts.ToArray());
    }

    [Fact]
    public void Negative_amounts_are_allocated_symmetrically()
    {
        Assert.Equal(
            [Money.Of(-33.34m, "EUR"), Money.Of(-33.33m, "EUR"), Money.Of(-33.33m, "EUR")],
            Money.Of(-100m, "EUR").Split(3).ToArray()
        );
    }

    [Fact]
    public void Amounts_finer_than_the_minor_unit_are_shared_in_their_own_unit()
    {
        ImmutableArray<Money> parts = Money.Of(10.005m, "EUR").Split(2);

        Assert.Equal([Money.Of(5.003m, "EUR"), Money.Of(5.002m, "EUR")], parts.ToArray());
    }

    [Fact]
    public void Trailing_zeros_do_not_make_the_unit_finer()
    {
        Assert.Equal(
            [Money.Of(3.34m, "EUR"), Money.Of(3.33m, "EUR"), Money.Of(3.33m, "EUR")],
            Money.Of(10.000m, "EUR").Split(3).ToArray()
        );
    }

    [Fact]
    public void Currencies_without_minor_units_are_shared_in_whole_units()
    {
        Assert.Equal(
            [Money.Of(334m, "JPY"), Money.Of(333m, "JPY"), Money.Of(333m, "JPY")],
            Money.Of(1000m, "JPY").Split(3).ToArray()
        );
    }

    [Fact]
    public void Zero_weights_get_nothing()
    {
        Assert.Equal(
            [Money.Of(0m, "EUR"), Money.Of(10m, "EUR"), Money.Of(0m, "EUR")],
            Money.Of(10m, "EUR").Allocate([0m, 5m, 0m]).ToArray()
        );
    }

    [Fact]
    public void Bad_weights_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Money.Of(10m, "EUR").Allocate([1m, -1m]));
        Assert.Throws<ArgumentException>(() => Money.Of(10m, "EUR").Allocate([0m, 0m]));
        Assert.Throws<ArgumentException>(() => Money.Of(10m, "EUR").Allocate(ReadOnlySpan<decimal>.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(10m, "EUR").Split(0));
    }

    [SeededProperty]
    public bool Parts_sum_exactly_to_the_whole(Money money, Weights weights) =>
        Money.Sum(money.Allocate(weights.Values), money.Currency) == money;

    [SeededProperty]
    public bool Each_part_is_within_one_unit_of_its_exact_share(Money money, Weights weights)
    {
        ImmutableArray<Money> parts = money.Allocate(weights.Values);
        decimal total = weights.Values.Sum();
        decimal unit = Math.Min(money.Currency.MinorUnit, Unit(money.Amount));
        return parts
            .Select((p, i) => Math.Abs(p.Amount - (money.Amount * weights.Values[i] / total)))
            .All(d => d < unit);
    }

    [SeededProperty]
    public bool Parts_are_whole_units(Money money, Weights weights) =>
        money
            .Allocate(weights.Values)
            .All(p => p.Amount % Math.Min(money.Currency.MinorUnit, Unit(money.Amount)) == 0m);

    [SeededProperty]
    public bool Fine_weights_and_huge_amounts_take_the_general_path_and_still_sum_exactly(
        Weights weights,
        int thousands,
        bool huge
    )
    {
        // Weights divided by 7 have 28 significant digits, and 10^20 euros are more cents than a long holds.
        decimal[] fine = [.. weights.Values.Select(w => w / 7m)];
        Money money = Money.Of((huge ? 100_000_000_000_000_000_000m : 1m) * thousands, "EUR");
        ImmutableArray<Money> parts = money.Allocate(fine);
        decimal total = fine.Sum();
        return Money.Sum(parts, Currency.Eur) == money
            && parts.Select((p, i) => Math.Abs(p.Amount - (money.Amount * (fine[i] / total)))).All(d => d < 0.01m);
    }

    [Fact]
    public void Both_paths_agree_where_both_apply()
    {
        Money money = Money.Of(987_654.32m, "EUR");
        decimal[] weights = [3m, 1m, 4m, 1m, 5m, 9m, 2m, 6m];

        ImmutableArray<Money> exact = money.Allocate(weights);
        ImmutableArray<Money> general = money.Allocate([.. weights.Select(w => w / 3m * 3m)]);

        Assert.Equal(exact.ToArray(), general.ToArray());
    }

    [Fact]
    public void A_thousand_periods_share_an_awkward_amount_exactly()
    {
        Money budget = Money.Of(1_234_567.89m, "EUR");
        decimal[] weights = [.. Enumerable.Range(1, 1000).Select(i => (decimal)(i % 7) + 0.5m)];

        ImmutableArray<Money> parts = budget.Allocate(weights);

        Assert.Equal(1000, parts.Length);
        Assert.Equal(budget, Money.Sum(parts, Currency.Eur));
        Assert.All(parts, p => Assert.True(p.IsRounded));
    }

    private static decimal Unit(decimal amount)
    {
        int scale = 0;
        while (decimal.Round(amount, scale) != amount)
        {
            scale++;
        }
        return new decimal(1, 0, 0, false, (byte)scale);
    }
}
