using System;

namespace Pso.Domain.Errors;

/// <summary>Raised when an amount of money would fall outside the range of <see cref="decimal"/>.</summary>
public sealed class MoneyOverflowException : PsoDomainException
{
    /// <summary>Initialises the error for the operation that overflowed.</summary>
    /// <param name="operation">The operation, for example <c>Add</c>.</param>
    /// <param name="currency">The currency of the amounts involved.</param>
    /// <param name="innerException">The arithmetic overflow raised by <see cref="decimal"/>.</param>
    public MoneyOverflowException(string operation, Currency currency, Exception? innerException = null)
        : base(
            ErrorCodes.MoneyOverflow,
            $"The result of {operation} on amounts in {currency.Code} is outside the range of a decimal amount.",
            innerException
        )
    {
        Operation = operation;
        Currency = currency;
    }

    /// <summary>Gets the operation that overflowed.</summary>
    public string Operation { get; }

    /// <summary>Gets the currency of the amounts involved.</summary>
    public Currency Currency { get; }
}
