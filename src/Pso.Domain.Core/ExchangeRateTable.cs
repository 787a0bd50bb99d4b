using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Utility;

namespace Pso.Domain;

/// <summary>
/// Dated exchange rates, and conversion of money on a given date. A conversion uses the rate for the pair whose
/// validity covers the date, or else the inverse of the rate for the reverse pair; when neither covers the date it
/// fails with an <see cref="ExchangeRateNotFoundException"/>. There is no silent fallback to a nearby date.
///</summary>
/// <remarks>Instances are immutable and thread-safe. A look-up costs O(log n) in the rates of the pair.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ExchangeRateTableJsonConverter))]
public sealed class ExchangeRateTable
{
    private readonly FrozenDictionary<(Currency Source, Currency Target), ExchangeRate[]> _ratesByPair;

    /// <summary>Initialises a table from rates; rates for the same pair must not overlap in time.</summary>
    /// <param name="rates">The rates.</param>
    /// <exception cref="ValidationException">Two rates for the same pair cover a common date.</exception>
    public ExchangeRateTable(IEnumerable<ExchangeRate> rates)
    {
        Preconditions.CheckNotNull(rates);
        Rates = [.. rates];
        var errors = new List<ValidationError>();
        var byPair = new Dictionary<(Currency, Currency), ExchangeRate[]>();
        foreach (var group in Rates.GroupBy(r => (r.Source, r.Target)))
        {
            ExchangeRate[] sorted = [.. group.OrderBy(r => r.Validity.Start)];
            for (int i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].Validity.Start <= sorted[i - 1].Validity.End)
                {
                    errors.Add(
                        new ValidationError(
                            ErrorCodes.ExchangeRateOverlap,
                            $"Two rates from {group.Key.Source.Code} to {group.Key.Target.Code} both cover "
                                + $"{sorted[i].Validity.Start:uuuu-MM-dd}: {sorted[i - 1].Validity} and "
                                + $"{sorted[i].Validity}.",
                            new ErrorLocation
                            {
                                Field = "validity",
                                RecordId = $"{group.Key.Source.Code}/{group.Key.Target.Code}",
                            }
                        )
                    );
                }
            }
            byPair.Add(group.Key, sorted);
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
        _ratesByPair = byPair.ToFrozenDictionary();
    }

    /// <summary>Gets a table with no rates: it converts only between a currency and itself.</summary>
    public static ExchangeRateTable Empty { get; } = new([]);

    /// <summary>Gets the rates, in the order given.</summary>
    public ImmutableArray<ExchangeRate> Rates { get; }

    /// <summary>Returns the rate from one currency to another on a date: 1 for the same currency, the direct rate if
    /// one covers the date, else the inverse of the reverse rate.</summary>
    /// <param name="source">The currency converted from.</param>
    /// <param name="target">The currency converted to.</param>
    /// <param name="date">The date of the conversion.</param>
    /// <returns>Units of <paramref name="target"/> per unit of <paramref name="source"/>.</returns>
    /// <exception cref="ExchangeRateNotFoundException">No rate covers the date.</exception>
    public decimal GetRate(Currency source, Currency target, LocalDate date) =>
        TryGetRate(source, target, date, out decimal rate)
            ? rate
            : throw new ExchangeRateNotFoundException(source, target, date);

    /// <summary>Looks up the rate from one currency to another on a date, as <see cref="GetRate"/> does.</summary>
    /// <param name="source">The currency converted from.</param>
    /// <param name="target">The currency converted to.</param>
    /// <param name="date">The date of the conversion.</param>
    /// <param name="rate">The rate when found; otherwise zero.</param>
    /// <returns>Whether a rate covers the date.</returns>
    public bool TryGetRate(Currency source, Currency target, LocalDate date, out decimal rate)
    {
        if (source == target)
        {
            rate = 1m;
            return true;
        }
        if (Find(source, target, date) is ExchangeRate direct)
        {
            rate = direct.Rate;
            return true;
        }
        if (Find(target, source, date) is ExchangeRate reverse)
        {
            rate = 1m / reverse.Rate;
            return true;
        }
        rate = 0m;
        return false;
    }

    /// <summary>Converts an amount into another currency at the rate in force on a date, rounded to the target
    /// currency's minor unit.</summary>
    /// <param name="money">The amount to convert.</param>
    /// <param name="target">The currency to convert to.</param>
    /// <param name="date">The date of the conversion.</param>
    /// <param name="rounding">How to round a result exactly halfway between two minor units.</param>
    /// <returns>The converted amount; <paramref name="money"/> itself, unrounded, when it is already in <paramref
    /// name="target"/>.</returns>
    /// <exception cref="ExchangeRateNotFoundException">No rate covers the date.</exception>
    /// <exception cref="MoneyOverflowException">The converted amount is outside the range of <see
    /// cref="decimal"/>.</exception>
    public Money Convert(Money money, Currency target, LocalDate date, MidpointRounding rounding)
    {
        if (money.Currency == target)
        {
            return money;
        }
        decimal rate = GetRate(money.Currency, target, date);
        decimal amount;
        try
        {
            amount = money.Amount * rate;
        }
        catch (OverflowException e)
        {
            throw new MoneyOverflowException(nameof(Convert), target, e);
        }
        return new Money(amount, target).Round(rounding);
    }

    private ExchangeRate? Find(Currency source, Currency target, LocalDate date)
    {
        if (!_ratesByPair.TryGetValue((source, target), out ExchangeRate[]? rates))
        {
            return null;
        }
        int low = 0;
        int high = rates.Length - 1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            DateInterval validity = rates[mid].Validity;
            if (date < validity.Start)
            {
                high = mid - 1;
            }
            else if (date > validity.End)
            {
                low = mid + 1;
            }
            else
            {
                return rates[mid];
            }
        }
        return null;
    }
}
