using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json.Serialization;
using Pso.Domain.Errors;
using Pso.Domain.Serialization;
using Pso.Domain.Utility;

namespace Pso.Domain;

/// <summary>
/// A currency from ISO 4217: its three-letter code and the number of digits of its minor unit (2 for EUR cents,
/// 0 for JPY, 3 for KWD fils).
///</summary>
/// <remarks>
/// <para>Every active ISO 4217 currency is built in, with a few recently withdrawn ones (HRK, SLL, ANG, CUC, ZWL) so
/// that older records still read. An unknown code is rejected with an <see cref="UnknownCurrencyException"/>.</para>
/// <para>The default value is <see cref="None"/> (<c>XXX</c>, ISO's code for "no currency"), with no minor unit.</para>
/// <para>This type is an immutable value type and is thread-safe. Equality and ordering are by code.</para>
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly struct Currency : IEquatable<Currency>, IComparable<Currency>, IComparable, IParsable<Currency>
{
    private readonly ushort _index;

    private Currency(ushort index) => _index = index;

    /// <summary>Gets <c>XXX</c>, ISO 4217's code for "no currency"; also the default value of this type.</summary>
    public static Currency None => default;

    /// <summary>Gets the euro (<c>EUR</c>).</summary>
    public static Currency Eur { get; } = FromCode("EUR");

    /// <summary>Gets the United States dollar (<c>USD</c>).</summary>
    public static Currency Usd { get; } = FromCode("USD");

    /// <summary>Gets the pound sterling (<c>GBP</c>).</summary>
    public static Currency Gbp { get; } = FromCode("GBP");

    /// <summary>Gets the Swiss franc (<c>CHF</c>).</summary>
    public static Currency Chf { get; } = FromCode("CHF");

    /// <summary>Gets the Japanese yen (<c>JPY</c>), which has no minor unit.</summary>
    public static Currency Jpy { get; } = FromCode("JPY");

    /// <summary>Gets every currency this type knows, ordered by code.</summary>
    public static ImmutableArray<Currency> All { get; } =
        Enumerable
            .Range(0, IsoTable.Codes.Length)
            .Select(i => new Currency((ushort)i))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>Gets the three-letter ISO 4217 code, in upper case.</summary>
    public string Code => IsoTable.Codes[_index];

    /// <summary>Gets the number of decimal digits of the minor unit: 2 for EUR, 0 for JPY, 3 for KWD.</summary>
    public int MinorUnitDigits => IsoTable.Digits[_index];

    /// <summary>Gets the value of one minor unit, such as 0.01 for EUR or 1 for JPY.</summary>
    public decimal MinorUnit => IsoTable.MinorUnits[_index];

    /// <summary>Returns the currency with the given ISO 4217 code; the code is matched without regard to
    /// case.</summary>
    /// <param name="code">A three-letter code such as <c>EUR</c>.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnknownCurrencyException">The code is not a known ISO 4217 code.</exception>
    public static Currency FromCode(string code)
    {
        Preconditions.CheckNotNull(code);
        return TryFromCode(code, out Currency currency) ? currency : throw new UnknownCurrencyException(code);
    }

    /// <summary>Looks up the currency with the given ISO 4217 code, without regard to case.</summary>
    /// <param name="code">A three-letter code such as <c>EUR</c>.</param>
    /// <param name="currency">The currency when found; otherwise <see cref="None"/>.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency)
    {
        if (code is not null && IsoTable.IndexByCode.TryGetValue(code, out ushort index))
        {
            currency = new Currency(index);
            return true;
        }
        currency = None;
        return false;
    }

    /// <inheritdoc/>
    static Currency IParsable<Currency>.Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return TryFromCode(s, out Currency currency)
            ? currency
            : throw new FormatException($"'{s}' is not a known ISO 4217 currency code.");
    }

    /// <inheritdoc/>
    static bool IParsable<Currency>.TryParse(
        [NotNullWhen(true)] string? s,
        IFormatProvider? provider,
        out Currency result
    ) => TryFromCode(s, out result);

    /// <summary>Compares two currencies for equality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether they are the same currency.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies for inequality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether they are different currencies.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/>'s code sorts before <paramref name="right"/>'s.</returns>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/>'s code sorts after <paramref name="right"/>'s.</returns>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/>'s code sorts before or equals <paramref name="right"/>'s.</returns>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Orders currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/>'s code sorts after or equals <paramref name="right"/>'s.</returns>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Currency other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <summary>Compares the codes of two currencies ordinally.</summary>
    /// <param name="other">The currency to compare with.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after the other.</returns>
    public int CompareTo(Currency other) => string.CompareOrdinal(Code, other.Code);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            Currency other => CompareTo(other),
            _ => throw new ArgumentException("Object must be a Currency.", nameof(obj)),
        };

    /// <summary>Returns the ISO 4217 code.</summary>
    /// <returns>The code, such as <c>EUR</c>.</returns>
    public override string ToString() => Code;

    /// <summary>The built-in ISO 4217 table, parsed once on first use.</summary>
    private static class IsoTable
    {
        // ISO 4217 codes with the digits of their minor unit; XXX must stay first, as the default value.
        private const string Entries =
            "XXX0 AED2 AFN2 ALL2 AMD2 ANG2 AOA2 ARS2 AUD2 AWG2 AZN2 BAM2 BBD2 BDT2 BGN2 BHD3 BIF0 BMD2 BND2 BOB2 BOV2 "
            + "BRL2 BSD2 BTN2 BWP2 BYN2 BZD2 CAD2 CDF2 CHE2 CHF2 CHW2 CLF4 CLP0 CNY2 COP2 COU2 CRC2 CUC2 CUP2 CVE2 "
            + "CZK2 "
            + "DJF0 DKK2 DOP2 DZD2 EGP2 ERN2 ETB2 EUR2 FJD2 FKP2 GBP2 GEL2 GHS2 GIP2 GMD2 GNF0 GTQ2 GYD2 HKD2 HNL2 "
            + "HRK2 "
            + "HTG2 HUF2 IDR2 ILS2 INR2 IQD3 IRR2 ISK0 JMD2 JOD3 JPY0 KES2 KGS2 KHR2 KMF0 KPW2 KRW0 KWD3 KYD2 KZT2 "
            + "LAK2 "
            + "LBP2 LKR2 LRD2 LSL2 LYD3 MAD2 MDL2 MGA2 MKD2 MMK2 MNT2 MOP2 MRU2 MUR2 MVR2 MWK2 MXN2 MXV2 MYR2 MZN2 "
            + "NAD2 "
            + "NGN2 NIO2 NOK2 NPR2 NZD2 OMR3 PAB2 PEN2 PGK2 PHP2 PKR2 PLN2 PYG0 QAR2 RON2 RSD2 RUB2 RWF0 SAR2 SBD2 "
            + "SCR2 "
            + "SDG2 SEK2 SGD2 SHP2 SLE2 SLL2 SOS2 SRD2 SSP2 STN2 SVC2 SYP2 SZL2 THB2 TJS2 TMT2 TND3 TOP2 TRY2 TTD2 "
            + "TWD2 "
            + "TZS2 UAH2 UGX0 USD2 USN2 UYI0 UYU2 UYW4 UZS2 VED2 VES2 VND0 VUV0 WST2 XAF0 XCD2 XCG2 XOF0 XPF0 YER2 "
            + "ZAR2 "
            + "ZMW2 ZWG2 ZWL2";

        internal static readonly string[] Codes = Entries.Split(' ').Select(e => e[..3]).ToArray();

        internal static readonly byte[] Digits = Entries.Split(' ').Select(e => (byte)(e[3] - '0')).ToArray();

        internal static readonly decimal[] MinorUnits = Digits.Select(d => new decimal(1, 0, 0, false, d)).ToArray();

        internal static readonly FrozenDictionary<string, ushort> IndexByCode = Enumerable
            .Range(0, Codes.Length)
            .ToFrozenDictionary(i => Codes[i], i => (ushort)i, StringComparer.OrdinalIgnoreCase);
    }
}
