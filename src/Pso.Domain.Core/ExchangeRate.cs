using System;
using NodaTime;
using Pso.Domain.Utility;

namespace Pso.Domain;

/// <summary>
/// A rate of exchange from one currency to another that applies on every date of a range: one unit of
/// <see cref="Source"/> buys <see cref="Rate"/> units of <see cref="Target"/>.
/// </summary>
/// <remarks>
/// A daily fixing is a rate valid for one day; a monthly budget rate is valid for the month. Instances are immutable.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ExchangeRateJsonConverter))]
public sealed record ExchangeRate
{
    /// <summary>Initialises an exchange rate.</summary>
    /// <param name="source">The currency converted from.</param>
    /// <param name="target">The currency converted to; different from <paramref name="source"/>.</param>
    /// <param name="rate">Units of <paramref name="target"/> per unit of <paramref name="source"/>; above zero.</param>
    /// <param name="validity">The dates, inclusive at both ends, on which the rate applies.</param>
    /// <exception cref="ArgumentException">The currencies are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not above zero.</exception>
    public ExchangeRate(Currency source, Currency target, decimal rate, DateInterval validity)
    {
        Preconditions.CheckArgument(
            source != target,
            nameof(target),
            $"An exchange rate needs two different currencies; both are {source.Code}."
        );
        Preconditions.CheckArgumentInRange(rate > 0m, nameof(rate), rate, "An exchange rate must be above zero.");
        Source = source;
        Target = target;
        Rate = rate;
        Validity = Preconditions.CheckNotNull(validity);
    }

    /// <summary>Initialises an exchange rate valid on one date, such as a daily fixing.</summary>
    /// <param name="source">The currency converted from.</param>
    /// <param name="target">The currency converted to.</param>
    /// <param name="rate">Units of <paramref name="target"/> per unit of <paramref name="source"/>.</param>
    /// <param name="date">The date on which the rate applies.</param>
    public ExchangeRate(Currency source, Currency target, decimal rate, LocalDate date)
        : this(source, target, rate, new DateInterval(date, date)) { }

    /// <summary>Gets the currency converted from.</summary>
    public Currency Source { get; }

    /// <summary>Gets the currency converted to.</summary>
    public Currency Target { get; }

    /// <summary>Gets the units of <see cref="Target"/> that one unit of <see cref="Source"/> buys.</summary>
    public decimal Rate { get; }

    /// <summary>Gets the dates, inclusive at both ends, on which the rate applies.</summary>
    public DateInterval Validity { get; }
}
