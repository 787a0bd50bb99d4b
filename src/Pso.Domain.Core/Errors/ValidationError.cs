using System;
using Pso.Domain.Utility;

namespace Pso.Domain.Errors;

/// <summary>
/// One reason why input was rejected or questioned: a stable code, a message for people, and where the bad value is.
/// Readers and validators in every Pso.Domain package report input problems with this type.
/// </summary>
/// <remarks>Instances are immutable and compare by value.</remarks>
public sealed record ValidationError
{
    /// <summary>Initialises a validation error.</summary>
    /// <param name="code">The stable code, lower-case and dotted, such as <c>time-entry.negative-hours</c>.</param>
    /// <param name="message">What is wrong and, where it helps, what to do about it.</param>
    /// <param name="location">Where the bad value is; <see cref="ErrorLocation.Unknown"/> when nothing is
    /// known.</param>
    /// <param name="severity">Whether the value is rejected or only questioned.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty.</exception>
    public ValidationError(
        string code,
        string message,
        ErrorLocation location,
        ValidationSeverity severity = ValidationSeverity.Error
    )
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "An error code must not be empty.");
        Preconditions.CheckArgument(
            !string.IsNullOrWhiteSpace(message),
            nameof(message),
            "An error message must not be empty."
        );
        Preconditions.CheckArgument(Enum.IsDefined(severity), nameof(severity), "Unknown severity.");
        Code = code;
        Message = message;
        Location = Preconditions.CheckNotNull(location);
        Severity = severity;
    }

    /// <summary>Gets the stable code of the error.</summary>
    public string Code { get; }

    /// <summary>Gets the message for people.</summary>
    public string Message { get; }

    /// <summary>Gets where the bad value is.</summary>
    public ErrorLocation Location { get; }

    /// <summary>Gets whether the value is rejected or only questioned.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>Returns <c>location: severity code: message</c>.</summary>
    /// <returns>The error for people to read.</returns>
    public override string ToString() =>
        $"{Location}: {(Severity == ValidationSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
