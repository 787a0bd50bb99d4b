namespace Pso.Domain.Errors;

/// <summary>
/// The stable codes of the errors that Pso.Domain.Core raises. Codes never change once published; messages may.
/// </summary>
public static class ErrorCodes
{
    /// <summary>Two amounts in different currencies were combined.</summary>
    public const string CurrencyMismatch = "money.currency-mismatch";

    /// <summary>An amount of money exceeded the range of <see cref="decimal"/>.</summary>
    public const string MoneyOverflow = "money.overflow";

    /// <summary>A currency code is not a known ISO 4217 code.</summary>
    public const string UnknownCurrency = "currency.unknown";

    /// <summary>No exchange rate covers the requested currency pair on the requested date.</summary>
    public const string ExchangeRateNotFound = "exchange-rate.not-found";

    /// <summary>Two exchange rates for the same currency pair cover a common date.</summary>
    public const string ExchangeRateOverlap = "exchange-rate.overlap";

    /// <summary>A working-time calendar has no working time in the direction asked for.</summary>
    public const string NoWorkingTime = "calendar.no-working-time";

    /// <summary>Two dated exceptions of one working-time calendar cover a common date.</summary>
    public const string CalendarExceptionOverlap = "calendar.exception-overlap";

    /// <summary>Input failed validation; the individual <see cref="ValidationError"/>s say why.</summary>
    public const string ValidationFailed = "validation.failed";
}
