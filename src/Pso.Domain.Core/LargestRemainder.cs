using System;
using Pso.Domain.Utility;

namespace Pso.Domain;

/// <summary>
/// Splits a whole number of units over weights so that the parts sum exactly to the whole and each part differs from
/// its exact share by less than one unit (the largest remainder method, also known as Hamilton's method). Money and
/// work are phased with it (<see cref="Money.Allocate(ReadOnlySpan{decimal})"/>,
/// <see cref="Work.Allocate(ReadOnlySpan{decimal})"/>); this is the primitive for other whole units, such as ticks,
/// hours or people.
/// </summary>
public static class LargestRemainder
{
    /// <summary>Splits <paramref name="units"/> over <paramref name="weights"/> in exact integer arithmetic: each part
    /// is its exact share (<c>units × weight ÷ total weight</c>) rounded down, and the units left over go one each to
    /// the largest remainders, ties to the earlier weight.</summary>
    /// <param name="units">The whole units to split, not negative.</param>
    /// <param name="weights">The weights, none negative; at least one positive unless <paramref name="units"/> is
    /// 0.</param>
    /// <returns>One part per weight, in the order of the weights, summing to <paramref name="units"/>; a zero weight
    /// gets nothing.</returns>
    /// <exception cref="ArgumentException">The units or a weight are negative, or units are to be split over no
    /// positive weight.</exception>
    public static long[] Split(long units, ReadOnlySpan<long> weights)
    {
        Preconditions.CheckArgument(units >= 0, nameof(units), "The units to split must not be negative.");
        Int128 total = 0;
        foreach (long weight in weights)
        {
            Preconditions.CheckArgument(weight >= 0, nameof(weights), "Weights must not be negative.");
            total += weight;
        }
        var parts = new long[weights.Length];
        if (units == 0)
        {
            return parts;
        }
        Preconditions.CheckArgument(total > 0, nameof(weights), "At least one weight must be positive.");
        var remainders = new Remainder[weights.Length];
        long assigned = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            (Int128 share, Int128 remainder) = Int128.DivRem((Int128)units * weights[i], total);
            remainders[i] = new Remainder(remainder, i);
            parts[i] = (long)share;
            assigned += (long)share;
        }
        // The remainders add up to leftover × total and each is below total, so more than leftover of them are
        // positive: the extra units never go to a zero weight.
        long leftover = units - assigned;
        if (leftover > 0)
        {
            Array.Sort(remainders);
            for (int k = 0; k < leftover; k++)
            {
                parts[remainders[k].Index]++;
            }
        }
        return parts;
    }

    /// <summary>Splits <paramref name="units"/> (a non-negative whole number) over <paramref
    /// name="weights"/>.</summary>
    /// <remarks>Ties between equal remainders go to the earlier index, so the result is deterministic.</remarks>
    internal static decimal[] Split(decimal units, ReadOnlySpan<decimal> weights)
    {
        decimal totalWeight = 0m;
        int scale = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            Preconditions.CheckArgument(weights[i] >= 0m, nameof(weights), "Weights must not be negative.");
            if (weights[i] > decimal.MaxValue - totalWeight)
            {
                // Weights that add up beyond a decimal are shared in the same proportions, each divided by their count.
                decimal[] scaled = new decimal[weights.Length];
                for (int k = 0; k < weights.Length; k++)
                {
                    scaled[k] = weights[k] / weights.Length;
                }
                return Split(units, scaled);
            }
            totalWeight += weights[i];
            scale = Math.Max(scale, weights[i].Scale);
        }
        Preconditions.CheckArgument(totalWeight > 0m, nameof(weights), "At least one weight must be positive.");
        return units <= long.MaxValue && scale <= MaxIntegerScale && totalWeight * Powers[scale] <= long.MaxValue
            ? SplitExactly((long)units, weights, Powers[scale])
            : SplitInDecimal(units, weights, totalWeight);
    }

    private const int MaxIntegerScale = 9;

    private static readonly decimal[] Powers =
    [
        1m,
        10m,
        100m,
        1_000m,
        10_000m,
        100_000m,
        1_000_000m,
        10_000_000m,
        100_000_000m,
        1_000_000_000m,
    ];

    /// <summary>The common case, in exact integer arithmetic: whole units below 2^63 and weights with at most nine
    /// decimal places, so every share is a 128-bit fraction whose remainder compares exactly.</summary>
    private static decimal[] SplitExactly(long units, ReadOnlySpan<decimal> weights, decimal scaleFactor)
    {
        var scaled = new long[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            scaled[i] = (long)(weights[i] * scaleFactor);
        }
        long[] parts = Split(units, scaled);
        var result = new decimal[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            result[i] = parts[i];
        }
        return result;
    }

    /// <summary>Orders remainders largest first, ties to the earlier index.</summary>
    private readonly record struct Remainder(Int128 Value, int Index) : IComparable<Remainder>
    {
        public int CompareTo(Remainder other)
        {
            int byValue = other.Value.CompareTo(Value);
            return byValue != 0 ? byValue : Index.CompareTo(other.Index);
        }
    }

    /// <summary>The general case in decimal arithmetic, for amounts or weights beyond the integer path.</summary>
    private static decimal[] SplitInDecimal(decimal units, ReadOnlySpan<decimal> weights, decimal totalWeight)
    {
        var parts = new decimal[weights.Length];
        var remainders = new decimal[weights.Length];
        // What is left to give, counted down (a running sum of the parts could pass a decimal's limit by a unit).
        decimal leftover = units;
        for (int i = 0; i < weights.Length; i++)
        {
            decimal share = ExactShare(units, weights[i], totalWeight);
            parts[i] = decimal.Floor(share);
            remainders[i] = share - parts[i];
            leftover -= parts[i];
        }

        // The shares are exact to 28 digits, so the leftover is a whole number of units below the count of parts.
        // Should a share be rounded at its last digit, the leftover may be -1 or one too many: the same ordering
        // repairs it from the other end.
        if (leftover != 0m)
        {
            int[] order = new int[parts.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }
            Array.Sort(order, (a, b) =>
            {
                int byRemainder = remainders[b].CompareTo(remainders[a]);
                return byRemainder != 0 ? byRemainder : a.CompareTo(b);
            });
            for (int k = 0; leftover > 0m; k = (k + 1) % order.Length)
            {
                if (weights[order[k]] > 0m)
                {
                    parts[order[k]] += 1m;
                    leftover -= 1m;
                }
            }
            for (int k = order.Length - 1; leftover < 0m; k = k == 0 ? order.Length - 1 : k - 1)
            {
                if (parts[order[k]] > 0m)
                {
                    parts[order[k]] -= 1m;
                    leftover += 1m;
                }
            }
        }
        return parts;
    }

    private static decimal ExactShare(decimal units, decimal weight, decimal totalWeight)
    {
        if (weight == totalWeight)
        {
            return units;
        }
        try
        {
            return units * weight / totalWeight;
        }
        catch (OverflowException)
        {
            return units * (weight / totalWeight);
        }
    }
}
