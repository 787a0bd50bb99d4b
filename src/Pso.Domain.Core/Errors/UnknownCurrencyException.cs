namespace Pso.Domain.Errors;

/// <summary>Raised when a currency code is not one of the ISO 4217 codes that <see cref="Currency"/> knows.</summary>
public sealed class UnknownCurrencyException : PsoDomainException
{
    /// <summary>Initialises the error for the code that was not recognised.</summary>
    /// <param name="currencyCode">The code as given.</param>
    public UnknownCurrencyException(string currencyCode)
        : base(
            ErrorCodes.UnknownCurrency,
            $"'{currencyCode}' is not a known ISO 4217 currency code (three upper-case letters such as EUR, USD, GBP)."
        )
    {
        CurrencyCode = currencyCode;
    }

    /// <summary>Gets the code as given.</summary>
    public string CurrencyCode { get; }
}
