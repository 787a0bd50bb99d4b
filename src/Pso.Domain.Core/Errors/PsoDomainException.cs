using System;
using Pso.Domain.Utility;

namespace Pso.Domain.Errors;

/// <summary>
/// The base of every error that Pso.Domain raises for a domain rule (as opposed to a programming error such as a
/// null argument, which stays an <see cref="ArgumentException"/>).
/// </summary>
/// <remarks>
/// Each error carries a stable <see cref="Code"/> (for example <c>money.currency-mismatch</c>) that hosts can log,
/// translate or match on without parsing the message.
/// </remarks>
public abstract class PsoDomainException : Exception
{
    /// <summary>Initialises the error with its stable code and a message for people.</summary>
    /// <param name="code">The stable, dotted, lower-case code of the error.</param>
    /// <param name="message">What went wrong, in a sentence that names the values involved.</param>
    /// <param name="innerException">The error that caused this one, if any.</param>
    protected PsoDomainException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = Preconditions.CheckNotNull(code);
    }

    /// <summary>Gets the stable code of the error, such as <c>money.currency-mismatch</c>.</summary>
    public string Code { get; }
}
