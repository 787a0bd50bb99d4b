using System.Collections.Generic;
using System.Collections.Immutable;
using Pso.Domain.Utility;

namespace Pso.Domain.Errors;

/// <summary>Raised when input fails validation as a whole; <see cref="Errors"/> lists every reason found.</summary>
public sealed class ValidationException : PsoDomainException
{
    /// <summary>Initialises the error from the validation errors found.</summary>
    /// <param name="errors">Every error found; at least one.</param>
    /// <exception cref="System.ArgumentException"><paramref name="errors"/> is empty.</exception>
    public ValidationException(IEnumerable<ValidationError> errors)
        : this(Preconditions.CheckNotNull(errors).ToImmutableArray()) { }

    private ValidationException(ImmutableArray<ValidationError> errors)
        : base(ErrorCodes.ValidationFailed, Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Gets every error found, in the order found.</summary>
    public ImmutableArray<ValidationError> Errors { get; }

    private static string Describe(ImmutableArray<ValidationError> errors)
    {
        Preconditions.CheckArgument(
            !errors.IsEmpty,
            nameof(errors),
            "A validation exception needs at least one error."
        );
        return errors.Length == 1 ? errors[0].ToString() : $"{errors.Length} validation errors; the first: {errors[0]}";
    }
}
