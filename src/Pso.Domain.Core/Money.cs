using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Pso.Domain.Errors;
using Pso.Domain.Serialization;
using Pso.Domain.Utility;

namespace Pso.Domain;

/// <summary>An amount of money: a <see cref="decimal"/> amount in one <see cref="Pso.Domain.Currency"/>.</summary>
/// <remarks>
/// <para>Arithmetic combines amounts of one currency only; mixing currencies raises a
/// <see cref="CurrencyMismatchException"/>, and a result beyond the range of <see cref="decimal"/> raises a
/// <see cref="MoneyOverflowException"/>. Results are exact: nothing is rounded unless <see
/// cref="Round(MidpointRounding)"/>
/// is called, with the midpoint rule stated.</para>
/// <para>Two amounts are equal when their currencies are equal and their amounts are numerically equal
/// (<c>EUR 5</c> equals <c>EUR 5.00</c>). Ordering is defined within one currency only.</para>
/// <para>The text form is invariant: the code, one space and the amount with at least the currency's minor-unit
/// digits, such as <c>EUR 1234.50</c> or <c>JPY -300</c>.</para>
/// <para>The default value is zero in <see cref="Currency.None"/>. This type is an immutable value type and is
/// thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable, IParsable<Money>
{
    private readonly decimal _amount;
    private readonly Currency _currency;

    /// <summary>Initialises an amount of money. The amount is kept exactly as given, unrounded.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    public Money(decimal amount, Currency currency)
    {
        _amount = amount;
        _currency = currency;
    }

    /// <summary>Gets the amount, exactly as held (not rounded to the minor unit).</summary>
    public decimal Amount => _amount;

    /// <summary>Gets the currency.</summary>
    public Currency Currency => _currency;

    /// <summary>Gets whether the amount is zero.</summary>
    public bool IsZero => _amount == 0m;

    /// <summary>Gets whether the amount is below zero.</summary>
    public bool IsNegative => _amount < 0m;

    /// <summary>Gets whether the amount is above zero.</summary>
    public bool IsPositive => _amount > 0m;

    /// <summary>Gets whether the amount is a whole number of the currency's minor unit (for example whole
    /// cents).</summary>
    public bool IsRounded => decimal.Round(_amount, _currency.MinorUnitDigits) == _amount;

    /// <summary>Returns zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero in <paramref name="currency"/>.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Returns an amount in the currency with the given ISO 4217 code.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currencyCode">An ISO 4217 code such as <c>EUR</c>.</param>
    /// <returns>The amount of money.</returns>
    /// <exception cref="UnknownCurrencyException">The code is not a known ISO 4217 code.</exception>
    public static Money Of(decimal amount, string currencyCode) => new(amount, Currency.FromCode(currencyCode));

    /// <summary>Adds amounts in one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="MoneyOverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right) => Add(left, right);

    /// <summary>Subtracts amounts in one currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="MoneyOverflowException">The difference is outside the range of <see
    /// cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right) => Subtract(left, right);

    /// <summary>Negates an amount.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The amount with its sign reversed.</returns>
    public static Money operator -(Money money) => Negate(money);

    /// <summary>Multiplies an amount by a factor, exactly.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor, such as a quantity or a rate.</param>
    /// <returns>The product, unrounded.</returns>
    /// <exception cref="MoneyOverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money money, decimal factor) => Multiply(money, factor);

    /// <summary>Multiplies an amount by a factor, exactly.</summary>
    /// <param name="factor">The factor, such as a quantity or a rate.</param>
    /// <param name="money">The amount.</param>
    /// <returns>The product, unrounded.</returns>
    /// <exception cref="MoneyOverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(decimal factor, Money money) => Multiply(money, factor);

    /// <summary>Divides an amount by a divisor; the quotient keeps decimal's 28 significant digits.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient, unrounded. To share an amount out without losing a cent, use <see
    /// cref="Split(int)"/>.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="MoneyOverflowException">The quotient is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator /(Money money, decimal divisor) => Divide(money, divisor);

    /// <summary>Divides one amount by another of the same currency, giving a ratio such as a cost performance
    /// index.</summary>
    /// <param name="dividend">The amount divided.</param>
    /// <param name="divisor">The amount to divide by.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="MoneyOverflowException">The ratio is outside the range of <see cref="decimal"/>.</exception>
    public static decimal operator /(Money dividend, Money divisor) => Ratio(dividend, divisor);

    /// <summary>Compares amounts for equality of currency and amount.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether both currency and amount are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares amounts for inequality of currency or amount.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the currencies or the amounts differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Orders amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Orders amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Orders amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Orders amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <inheritdoc cref="op_Addition(Money, Money)"/>
    public static Money Add(Money left, Money right)
    {
        CheckSameCurrency(left, right);
        try
        {
            return new Money(left._amount + right._amount, left._currency);
        }
        catch (OverflowException e)
        {
            throw new MoneyOverflowException(nameof(Add), left._currency, e);
        }
    }

    /// <inheritdoc cref="op_Subtraction(Money, Money)"/>
    public static Money Subtract(Money left, Money right)
    {
        CheckSameCurrency(left, right);
        try
        {
            return new Money(left._amount - right._amount, left._currency);
        }
        catch (OverflowException e)
        {
            throw new MoneyOverflowException(nameof(Subtract), left._currency, e);
        }
    }

    /// <inheritdoc cref="op_UnaryNegation(Money)"/>
    public static Money Negate(Money money) => new(-money._amount, money._currency);

    /// <inheritdoc cref="op_Multiply(Money, decimal)"/>
    public static Money Multiply(Money money, decimal factor)
    {
        try
        {
            return new Money(money._amount * factor, money._currency);
        }
        catch (OverflowException e)
        {
            throw new MoneyOverflowException(nameof(Multiply), money._currency, e);
        }
    }

    /// <inheritdoc cref="op_Division(Money, decimal)"/>
    public static Money Divide(Money money, decimal divisor)
    {
        try
        {
            return new Money(money._amount / divisor, money._currency);
        }
        catch (OverflowException e)
        {
            throw new MoneyOverflowException(nameof(Divide), money._currency, e);
        }
    }

    /// <inheritdoc cref="op_Division(Money, Money)"/>
    public static decimal Ratio(Money dividend, Money divisor)
    {
        CheckSameCurrency(dividend, divisor);
        try
        {
            return dividend._amount / divisor._amount;
        }
        catch (OverflowException e)
        {
            throw new MoneyOverflowException(nameof(Ratio), dividend._currency, e);
        }
    }

    /// <summary>Adds up amounts in one currency.</summary>
    /// <param name="amounts">The amounts; each must be in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of the amounts, and of the zero returned for no amounts.</param>
    /// <returns>The total.</returns>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    /// <exception cref="MoneyOverflowException">The total is outside the range of <see cref="decimal"/>.</exception>
    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        Preconditions.CheckNotNull(amounts);
        Money total = Zero(currency);
        foreach (Money amount in amounts)
        {
            total = Add(total, amount);
        }
        return total;
    }

    /// <summary>Adds another amount in the same currency: the fluent form of <see cref="Add(Money, Money)"/>.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="MoneyOverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public Money Plus(Money other) => Add(this, other);

    /// <summary>Subtracts another amount in the same currency: the fluent form of <see cref="Subtract(Money,
    /// Money)"/>.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="MoneyOverflowException">The difference is outside the range of <see
    /// cref="decimal"/>.</exception>
    public Money Minus(Money other) => Subtract(this, other);

    /// <summary>Multiplies by a factor: the fluent form of <see cref="Multiply(Money, decimal)"/>.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, unrounded.</returns>
    /// <exception cref="MoneyOverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public Money Times(decimal factor) => Multiply(this, factor);

    /// <summary>Divides by a divisor: the fluent form of <see cref="Divide(Money, decimal)"/>.</summary>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient, unrounded.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="MoneyOverflowException">The quotient is outside the range of <see cref="decimal"/>.</exception>
    public Money DividedBy(decimal divisor) => Divide(this, divisor);

    /// <summary>Returns the amount without its sign.</summary>
    /// <returns>The absolute amount in the same currency.</returns>
    public Money Abs() => new(Math.Abs(_amount), _currency);

    /// <summary>Rounds to the currency's minor unit (whole cents for EUR, whole yen for JPY).</summary>
    /// <param name="mode">How to round a value exactly halfway between two minor units; there is no default on
    /// purpose.</param>
    /// <returns>The rounded amount. Rounding a rounded amount changes nothing.</returns>
    public Money Round(MidpointRounding mode) => Round(_currency.MinorUnitDigits, mode);

    /// <summary>Rounds to a number of decimal digits, for example 0 to report whole euros.</summary>
    /// <param name="decimals">The number of decimal digits to keep, from 0 to 28.</param>
    /// <param name="mode">How to round a value exactly halfway; there is no default on purpose.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28, or
    /// <paramref name="mode"/> is not a defined rule.</exception>
    public Money Round(int decimals, MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 28);
        Preconditions.CheckArgumentInRange(Enum.IsDefined(mode), nameof(mode), mode, "Unknown midpoint rounding rule.");
        return new Money(decimal.Round(_amount, decimals, mode), _currency);
    }

    /// <summary>Shares the amount out over weights so that the parts sum exactly to the whole, using the largest
    /// remainder method.</summary>
    /// <remarks>
    /// The parts are whole multiples of the allocation unit: the currency's minor unit, or a finer unit when the
    /// amount itself is finer (an amount of <c>EUR 10.005</c> is shared in thousandths). Each part differs from its
    /// exact share (<c>amount × weight ÷ total weight</c>) by less than one unit, and ties go to the earlier weight, so
    /// the result is deterministic. A negative amount is shared as its absolute value and negated.
    /// </remarks>
    /// <param name="weights">The weights, such as working days per period or percentages; none negative, at least one
    /// positive.</param>
    /// <returns>One part per weight, in the order of the weights.</returns>
    /// <exception cref="ArgumentException">A weight is negative, or no weight is positive.</exception>
    public ImmutableArray<Money> Allocate(ReadOnlySpan<decimal> weights)
    {
        Preconditions.CheckArgument(weights.Length > 0, nameof(weights), "At least one weight is needed.");
        decimal unit = AllocationUnit();
        // Near the limits of a decimal the count of minor units does not fit one: the amount is then shared in the
        // finest unit that does (whole units at worst), and every share still fits.
        while (Math.Abs(_amount) / decimal.MaxValue > unit)
        {
            unit *= 10m;
        }
        decimal units = decimal.Round(Math.Abs(_amount) / unit);
        decimal[] parts = LargestRemainder.Split(units, weights);
        var result = ImmutableArray.CreateBuilder<Money>(parts.Length);
        bool negative = _amount < 0m;
        foreach (decimal part in parts)
        {
            decimal value = part * unit;
            result.Add(new Money(negative ? -value : value, _currency));
        }
        return result.MoveToImmutable();
    }

    /// <inheritdoc cref="Allocate(ReadOnlySpan{decimal})"/>
    public ImmutableArray<Money> Allocate(IEnumerable<decimal> weights)
    {
        Preconditions.CheckNotNull(weights);
        return Allocate([.. weights]);
    }

    /// <summary>Shares the amount out in equal parts that sum exactly to the whole (earlier parts take any extra
    /// unit).</summary>
    /// <param name="parts">The number of parts, at least 1.</param>
    /// <returns>The parts, largest first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    public ImmutableArray<Money> Split(int parts)
    {
        Preconditions.CheckArgumentRange(nameof(parts), parts, 1, int.MaxValue);
        decimal[] weights = new decimal[parts];
        Array.Fill(weights, 1m);
        return Allocate(weights);
    }

    /// <inheritdoc/>
    static Money IParsable<Money>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<Money>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    public bool Equals(Money other) => _currency == other._currency && _amount == other._amount;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_amount, _currency);

    /// <summary>Compares amounts of one currency.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than the other.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        CheckSameCurrency(this, other);
        return _amount.CompareTo(other._amount);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            Money other => CompareTo(other),
            _ => throw new ArgumentException("Object must be Money.", nameof(obj)),
        };

    /// <summary>Returns the invariant text form, such as <c>EUR 1234.50</c>, which <see cref="Parse(string)"/> reads
    /// back.</summary>
    /// <returns>The code, a space and the amount with at least the minor-unit digits.</returns>
    public override string ToString()
    {
        int digits = _currency.MinorUnitDigits;
        string amount =
            _amount.Scale >= digits
                ? _amount.ToString(CultureInfo.InvariantCulture)
                : _amount.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return _currency.Code + " " + amount;
    }

    /// <summary>Formats the amount with a numeric format and culture, after the currency code.</summary>
    /// <param name="format">A standard or custom numeric format for the amount, such as <c>N2</c>; null for the
    /// invariant text form.</param>
    /// <param name="formatProvider">The culture for the amount; null for the current culture.</param>
    /// <returns>For example <c>EUR 1.234,50</c> with format <c>N2</c> in German.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null ? ToString() : _currency.Code + " " + _amount.ToString(format, formatProvider);

    /// <summary>Reads the invariant text form written by <see cref="ToString()"/>, such as <c>EUR 1234.50</c> or <c>USD
    /// -3</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount of money.</returns>
    /// <exception cref="FormatException">The text is not in the invariant form or names an unknown
    /// currency.</exception>
    public static Money Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return TryParse(s, out Money result)
            ? result
            : throw new FormatException(
                $"'{s}' is not an amount of money in the invariant form: an ISO 4217 code, one space, and a number "
                    + "with a '.' decimal point, such as 'EUR 1234.50'."
            );
    }

    /// <summary>Tries to read the invariant text form written by <see cref="ToString()"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount when read; otherwise the default value.</param>
    /// <returns>Whether the text was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result)
    {
        result = default;
        if (s is null || s.Length < 5 || s[3] != ' ')
        {
            return false;
        }
        if (
            !Currency.TryFromCode(s[..3], out Currency currency)
            || !decimal.TryParse(
                s.AsSpan(4),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out decimal amount
            )
        )
        {
            return false;
        }
        result = new Money(amount, currency);
        return true;
    }

    private decimal AllocationUnit()
    {
        // The finest digit actually used, ignoring trailing zeros: EUR 10.000 is shared in cents, EUR 10.005 in
        // thousandths.
        int scale = _currency.MinorUnitDigits;
        while (scale < 28 && decimal.Round(_amount, scale) != _amount)
        {
            scale++;
        }
        return new decimal(1, 0, 0, false, (byte)scale);
    }

    private static void CheckSameCurrency(Money left, Money right)
    {
        if (left._currency != right._currency)
        {
            throw new CurrencyMismatchException(left._currency, right._currency);
        }
    }
}
