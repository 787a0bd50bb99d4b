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

    /// <summary>Makes the error of one field of one record, the way every package reports a bad model: the record's
    /// id and the field's name are the location.</summary>
    /// <param name="code">The stable code, such as <c>schedule.negative-duration</c>.</param>
    /// <param name="message">What is wrong, naming the record and the value.</param>
    /// <param name="recordId">The id of the record that holds the bad value.</param>
    /// <param name="field">The field, in the model's own naming (<c>duration</c>, <c>end</c>).</param>
    /// <returns>The error, severity <see cref="ValidationSeverity.Error"/>.</returns>
    public static ValidationError ForRecord(string code, string message, string recordId, string field) =>
        new(code, message, new ErrorLocation { RecordId = recordId, Field = field });

    /// <summary>Makes the error of a record whose id appears twice or more in a collection that needs unique ids
    /// (<c>Activity 'A1' appears more than once.</c>), located at the record's <c>id</c> field.</summary>
    /// <param name="code">The package's duplicate code, such as <c>schedule.duplicate</c>.</param>
    /// <param name="recordKind">The kind of record, capitalised as it starts the message: <c>Activity</c>.</param>
    /// <param name="recordId">The repeated id.</param>
    /// <returns>The error, severity <see cref="ValidationSeverity.Error"/>.</returns>
    public static ValidationError Duplicate(string code, string recordKind, string recordId) =>
        ForRecord(code, $"{recordKind} '{recordId}' appears more than once.", recordId, "id");

    /// <inheritdoc cref="ForRecord(string, string, string, string)" path="/*[not(self::param)]"/>
    /// <typeparam name="TId">The kind of id.</typeparam>
    /// <param name="code">The stable code, such as <c>schedule.negative-duration</c>.</param>
    /// <param name="message">What is wrong, naming the record and the value.</param>
    /// <param name="record">The id of the record that holds the bad value.</param>
    /// <param name="field">The field, in the model's own naming (<c>duration</c>, <c>end</c>).</param>
    public static ValidationError ForRecord<TId>(string code, string message, TId record, string field)
        where TId : struct, IEntityId<TId> => ForRecord(code, message, record.Value, field);

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
