using System;
using NodaTime;
using Pso.Domain.Errors;

namespace Pso.Domain.Tests.Monetary;

public class ExchangeRateTableTests
{
    private static readonly LocalDate November1 = new(2026, 11, 1);

    private static readonly ExchangeRateTable Table = new([
        new ExchangeRate(Currency.Eur, Currency.Usd, 1.08m, new DateInterval(November1, new LocalDate(2026, 11, 15))),
        new ExchangeRate(
            Currency.Eur,
            Currency.Usd,
            1.10m,
            new DateInterval(new LocalDate(2026, 11, 16), new LocalDate(2026, 11, 30))
        ),
        new ExchangeRate(Currency.Gbp, Currency.Eur, 1.15m, new LocalDate(2026, 11, 25)),
    ]);

    [Fact]
    public void Conversion_uses_the_rate_whose_validity_covers_the_date()
    {
        Assert.Equal(
            Money.Of(108m, "USD"),
            Table.Convert(Money.Of(100m, "EUR"), Currency.Usd, new LocalDate(2026, 11, 15), MidpointRounding.ToEven)
        );
        Assert.Equal(
            Money.Of(110m, "USD"),
            Table.Convert(Money.Of(100m, "EUR"), Currency.Usd, new LocalDate(2026, 11, 16), MidpointRounding.ToEven)
        );
    }

    [Fact]
    public void The_inverse_of_the_reverse_rate_is_used_when_no_direct_rate_exists()
    {
        Assert.Equal(
            Money.Of(100m, "EUR"),
            Table.Convert(Money.Of(108m, "USD"), Currency.Eur, November1, MidpointRounding.ToEven)
        );
        Assert.Equal(1m / 1.15m, Table.GetRate(Currency.Eur, Currency.Gbp, new LocalDate(2026, 11, 25)));
    }

    [Fact]
    public void Converted_amounts_are_rounded_to_the_target_minor_unit()
    {
        Assert.Equal(
            Money.Of(10.80m, "USD"),
            Table.Convert(Money.Of(10.0001m, "EUR"), Currency.Usd, November1, MidpointRounding.ToEven)
        );
    }

    [Fact]
    public void A_date_no_rate_covers_is_an_error_not_a_fallback()
    {
        ExchangeRateNotFoundException error = Assert.Throws<ExchangeRateNotFoundException>(() =>
            Table.Convert(Money.Of(1m, "EUR"), Currency.Usd, new LocalDate(2026, 12, 1), MidpointRounding.ToEven)
        );

        Assert.Equal(ErrorCodes.ExchangeRateNotFound, error.Code);
        Assert.Equal(Currency.Eur, error.SourceCurrency);
        Assert.Equal(Currency.Usd, error.TargetCurrency);
        Assert.Equal(new LocalDate(2026, 12, 1), error.Date);
        Assert.Contains("2026-12-01", error.Message, StringComparison.Ordinal);
        Assert.False(Table.TryGetRate(Currency.Gbp, Currency.Eur, new LocalDate(2026, 11, 24), out _));
        Assert.Throws<ExchangeRateNotFoundException>(() => Table.GetRate(Currency.Usd, Currency.Jpy, November1));
    }

    [Fact]
    public void The_same_currency_converts_at_one_without_rounding()
    {
        Assert.Equal(
            Money.Of(1.234m, "EUR"),
            ExchangeRateTable.Empty.Convert(Money.Of(1.234m, "EUR"), Currency.Eur, November1, MidpointRounding.ToEven)
        );
    }

    [Fact]
    public void Overlapping_rates_for_one_pair_are_rejected_with_the_dates()
    {
        ValidationException error = Assert.Throws<ValidationException>(() =>
            new ExchangeRateTable([
                new ExchangeRate(
                    Currency.Eur,
                    Currency.Usd,
                    1.08m,
                    new DateInterval(November1, new LocalDate(2026, 11, 15))
                ),
                new ExchangeRate(Currency.Eur, Currency.Usd, 1.09m, new LocalDate(2026, 11, 15)),
            ])
        );

        ValidationError only = Assert.Single(error.Errors);
        Assert.Equal(ErrorCodes.ExchangeRateOverlap, only.Code);
        Assert.Equal("EUR/USD", only.Location.RecordId);
        Assert.Contains("2026-11-15", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_must_be_positive_and_between_two_currencies()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.Eur, Currency.Usd, 0m, November1));
        Assert.Throws<ArgumentException>(() => new ExchangeRate(Currency.Eur, Currency.Eur, 1m, November1));
    }
}
