using System;
using System.Globalization;
using Pso.Domain.Errors;
using Pso.Domain.Testing;

namespace Pso.Domain.Tests.Monetary;

public class MoneyTests
{
    private static readonly Money TenEuros = new(10m, Currency.Eur);

    [Fact]
    public void Arithmetic_within_one_currency_is_exact()
    {
        Assert.Equal(new Money(12.5m, Currency.Eur), TenEuros + new Money(2.5m, Currency.Eur));
        Assert.Equal(new Money(7.5m, Currency.Eur), TenEuros - new Money(2.5m, Currency.Eur));
        Assert.Equal(new Money(-10m, Currency.Eur), -TenEuros);
        Assert.Equal(new Money(33.3333m, Currency.Eur), TenEuros * 3.33333m);
        Assert.Equal(new Money(3.3333333333333333333333333333m, Currency.Eur), TenEuros / 3m);
        Assert.Equal(0.8m, new Money(8m, Currency.Eur) / TenEuros);
    }

    [Fact]
    public void Named_and_fluent_twins_agree_with_the_operators()
    {
        Money other = new(2.5m, Currency.Eur);

        Assert.Equal(TenEuros + other, Money.Add(TenEuros, other));
        Assert.Equal(TenEuros + other, TenEuros.Plus(other));
        Assert.Equal(TenEuros - other, Money.Subtract(TenEuros, other));
        Assert.Equal(TenEuros - other, TenEuros.Minus(other));
        Assert.Equal(TenEuros * 3m, TenEuros.Times(3m));
        Assert.Equal(TenEuros / 4m, TenEuros.DividedBy(4m));
        Assert.Equal(-TenEuros, Money.Negate(TenEuros));
    }

    [Fact]
    public void Mixing_EUR_and_USD_is_a_typed_error()
    {
        Money dollars = new(10m, Currency.Usd);

        CurrencyMismatchException error = Assert.Throws<CurrencyMismatchException>(() => TenEuros + dollars);

        Assert.Equal(ErrorCodes.CurrencyMismatch, error.Code);
        Assert.Equal(Currency.Eur, error.Left);
        Assert.Equal(Currency.Usd, error.Right);
        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => TenEuros - dollars);
        Assert.Throws<CurrencyMismatchException>(() => TenEuros < dollars);
        Assert.Throws<CurrencyMismatchException>(() => TenEuros / dollars);
        Assert.NotEqual(TenEuros, dollars);
    }

    [Fact]
    public void Overflow_is_reported_as_a_money_error()
    {
        Money huge = new(decimal.MaxValue, Currency.Eur);

        MoneyOverflowException error = Assert.Throws<MoneyOverflowException>(() => huge + TenEuros);

        Assert.Equal(ErrorCodes.MoneyOverflow, error.Code);
        Assert.Equal("Add", error.Operation);
        Assert.IsType<OverflowException>(error.InnerException);
        Assert.Throws<MoneyOverflowException>(() => huge * 2m);
        Assert.Throws<MoneyOverflowException>(() => -huge - TenEuros);
        Assert.Throws<MoneyOverflowException>(() => huge / 0.5m);
    }

    [Theory]
    [InlineData(2.345, MidpointRounding.ToEven, 2.34)]
    [InlineData(2.345, MidpointRounding.AwayFromZero, 2.35)]
    [InlineData(-2.345, MidpointRounding.AwayFromZero, -2.35)]
    [InlineData(2.355, MidpointRounding.ToEven, 2.36)]
    [InlineData(2.349, MidpointRounding.ToZero, 2.34)]
    public void Rounding_goes_to_the_minor_unit_with_the_rule_given(
        decimal amount,
        MidpointRounding mode,
        decimal expected
    )
    {
        Assert.Equal(new Money(expected, Currency.Eur), new Money(amount, Currency.Eur).Round(mode));
    }

    [Fact]
    public void Rounding_respects_currencies_without_or_with_more_minor_digits()
    {
        Assert.Equal(
            new Money(1235m, Currency.Jpy),
            new Money(1234.5m, Currency.Jpy).Round(MidpointRounding.AwayFromZero)
        );
        Assert.Equal(Money.Of(1.2346m, "KWD").Round(MidpointRounding.ToEven), Money.Of(1.235m, "KWD"));
        Assert.Equal(Money.Of(1235m, "EUR"), Money.Of(1234.56m, "EUR").Round(0, MidpointRounding.ToEven));
    }

    [SeededProperty]
    public bool Rounding_is_idempotent(Money money, byte pick)
    {
        MidpointRounding[] modes = Enum.GetValues<MidpointRounding>();
        MidpointRounding mode = modes[pick % modes.Length];
        Money once = money.Round(mode);
        return once.Round(mode) == once && once.IsRounded;
    }

    [SeededProperty]
    public bool Addition_is_commutative(Money a, decimal other) =>
        a + new Money(other, a.Currency) == new Money(other, a.Currency) + a;

    [SeededProperty]
    public bool Addition_is_associative(Money a, Money b, Money c)
    {
        Money b1 = new(b.Amount, a.Currency);
        Money c1 = new(c.Amount, a.Currency);
        return (a + b1) + c1 == a + (b1 + c1);
    }

    [SeededProperty]
    public bool Text_form_round_trips(Money money) =>
        Money.Parse(money.ToString()) == money && Money.Parse(money.ToString()).Amount.Scale >= money.Amount.Scale;

    [Theory]
    [InlineData(1234.5, "EUR", "EUR 1234.50")]
    [InlineData(-3, "USD", "USD -3.00")]
    [InlineData(300, "JPY", "JPY 300")]
    [InlineData(1.2345, "EUR", "EUR 1.2345")]
    [InlineData(1.5, "KWD", "KWD 1.500")]
    public void Text_form_is_invariant(decimal amount, string code, string expected)
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        Assert.Equal(expected, Money.Of(amount, code).ToString());
        Assert.Equal(expected, Money.Of(amount, code).ToString(null, new CultureInfo("de-DE")));
        Assert.Equal(previous, CultureInfo.CurrentCulture);
    }

    [Fact]
    public void Formatting_with_a_numeric_format_keeps_the_code_in_front()
    {
        Assert.Equal("EUR 1,234.50", Money.Of(1234.5m, "EUR").ToString("N2", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("EUR1234.50")]
    [InlineData("1234.50 EUR")]
    [InlineData("EUR 1,234.50")]
    [InlineData("XYZ 1.00")]
    [InlineData("EUR ")]
    [InlineData("EUR 1e3")]
    public void Parsing_rejects_anything_but_the_invariant_form(string text)
    {
        Assert.False(Money.TryParse(text, out _));
        FormatException error = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_is_numeric_within_a_currency()
    {
        Assert.Equal(Money.Of(5m, "EUR"), Money.Of(5.00m, "EUR"));
        Assert.Equal(Money.Of(5m, "EUR").GetHashCode(), Money.Of(5.00m, "EUR").GetHashCode());
        Assert.NotEqual(Money.Of(5m, "EUR"), Money.Of(5m, "GBP"));
    }

    [Fact]
    public void Ordering_is_by_amount_within_a_currency()
    {
        Assert.True(Money.Of(5m, "EUR") < TenEuros);
        Assert.True(TenEuros >= Money.Of(10.00m, "EUR"));
        Assert.Equal(-1, Money.Of(5m, "EUR").CompareTo(TenEuros));
    }

    [Fact]
    public void Sum_adds_amounts_and_gives_zero_for_none()
    {
        Assert.Equal(Money.Zero(Currency.Gbp), Money.Sum([], Currency.Gbp));
        Assert.Equal(
            Money.Of(6m, "EUR"),
            Money.Sum([Money.Of(1m, "EUR"), Money.Of(2m, "EUR"), Money.Of(3m, "EUR")], Currency.Eur)
        );
        Assert.Throws<CurrencyMismatchException>(() => Money.Sum([Money.Of(1m, "EUR")], Currency.Usd));
    }

    [Fact]
    public void The_default_value_is_zero_with_no_currency()
    {
        Assert.True(default(Money).IsZero);
        Assert.Equal(Currency.None, default(Money).Currency);
        Assert.Equal("XXX 0", default(Money).ToString());
    }
}
