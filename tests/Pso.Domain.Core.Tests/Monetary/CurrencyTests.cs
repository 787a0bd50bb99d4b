using System;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Tests.Monetary;

public class CurrencyTests
{
    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("GBP", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("KWD", 3)]
    [InlineData("BHD", 3)]
    [InlineData("CLF", 4)]
    [InlineData("ISK", 0)]
    public void Known_codes_have_their_ISO_minor_unit(string code, int digits)
    {
        Currency currency = Currency.FromCode(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(digits, currency.MinorUnitDigits);
        Assert.Equal(1m / (decimal)Math.Pow(10, digits), currency.MinorUnit);
    }

    [Fact]
    public void Codes_are_matched_without_regard_to_case_and_returned_in_upper_case()
    {
        Assert.Equal(Currency.Eur, Currency.FromCode("eur"));
        Assert.Equal("EUR", Currency.FromCode("eur").Code);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("EURO")]
    [InlineData("")]
    [InlineData("E")]
    public void Unknown_codes_are_rejected_with_a_typed_error(string code)
    {
        UnknownCurrencyException error = Assert.Throws<UnknownCurrencyException>(() => Currency.FromCode(code));

        Assert.Equal(ErrorCodes.UnknownCurrency, error.Code);
        Assert.Equal(code, error.CurrencyCode);
        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        Assert.False(Currency.TryFromCode(code, out _));
        Assert.Throws<FormatException>(() => ParseAs<Currency>(code));
    }

    private static T ParseAs<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    [Fact]
    public void The_default_currency_is_XXX_no_currency()
    {
        Assert.Equal("XXX", default(Currency).Code);
        Assert.Equal(Currency.None, default);
    }

    [Fact]
    public void All_lists_each_currency_once_in_code_order()
    {
        string[] codes = [.. Currency.All.Select(c => c.Code)];

        Assert.True(codes.Length > 150);
        Assert.Equal(codes.Distinct().Count(), codes.Length);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.All(codes, c => Assert.Matches("^[A-Z]{3}$", c));
    }

    [Fact]
    public void Currencies_order_by_code()
    {
        Assert.True(Currency.Chf < Currency.Eur);
        Assert.True(Currency.Usd > Currency.Gbp);
        Assert.Equal(0, Currency.Eur.CompareTo(Currency.FromCode("EUR")));
    }
}
