using NodaTime;

namespace Pso.Domain.Errors;

/// <summary>Raised when no exchange rate in a table covers a currency pair on a date.</summary>
public sealed class ExchangeRateNotFoundException : PsoDomainException
{
    /// <summary>Initialises the error for the pair and date asked for.</summary>
    /// <param name="source">The currency converted from.</param>
    /// <param name="target">The currency converted to.</param>
    /// <param name="date">The date of the conversion.</param>
    public ExchangeRateNotFoundException(Currency source, Currency target, LocalDate date)
        : base(
            ErrorCodes.ExchangeRateNotFound,
            $"No exchange rate from {source.Code} to {target.Code} (nor its inverse) covers {date:uuuu-MM-dd}."
        )
    {
        SourceCurrency = source;
        TargetCurrency = target;
        Date = date;
    }

    /// <summary>Gets the currency converted from.</summary>
    public Currency SourceCurrency { get; }

    /// <summary>Gets the currency converted to.</summary>
    public Currency TargetCurrency { get; }

    /// <summary>Gets the date of the conversion.</summary>
    public LocalDate Date { get; }
}
