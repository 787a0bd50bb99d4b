namespace Pso.Domain.Errors;

/// <summary>Raised when amounts in different currencies are added, subtracted or compared.</summary>
public sealed class CurrencyMismatchException : PsoDomainException
{
    /// <summary>Initialises the error for the two currencies involved.</summary>
    /// <param name="left">The currency of the left operand.</param>
    /// <param name="right">The currency of the right operand.</param>
    public CurrencyMismatchException(Currency left, Currency right)
        : base(
            ErrorCodes.CurrencyMismatch,
            $"Cannot combine amounts in {left.Code} and {right.Code}; convert one of them first with an exchange "
                + "rate table."
        )
    {
        Left = left;
        Right = right;
    }

    /// <summary>Gets the currency of the left operand.</summary>
    public Currency Left { get; }

    /// <summary>Gets the currency of the right operand.</summary>
    public Currency Right { get; }
}
