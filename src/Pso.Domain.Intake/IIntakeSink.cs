using Pso.Domain.Errors;

namespace Pso.Domain.Intake;

/// <summary>
/// Where a streaming intake run hands its rows: each accepted record, each rejected row with its errors, each
/// duplicate, each warning, and the key of each accepted row (to keep for the next run). Only <see cref="Accept"/> and
/// <see cref="Reject"/> must be written; the others do nothing unless overridden.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public interface IIntakeSink<in T>
{
    /// <summary>Takes an accepted record.</summary>
    /// <param name="record">The record.</param>
    void Accept(T record);

    /// <summary>Takes a rejected row, verbatim, with its errors.</summary>
    /// <param name="row">The row.</param>
    void Reject(RejectedRow row);

    /// <summary>Takes a row set aside as a duplicate.</summary>
    /// <param name="row">The row.</param>
    void Duplicate(SourceRow row) { }

    /// <summary>Takes a warning on a row that passed its own checks.</summary>
    /// <param name="warning">The warning.</param>
    void Warn(ValidationError warning) { }

    /// <summary>Takes the key of an accepted row; give the keys to the next run as <see
    /// cref="IntakeOptions.SeenKeys"/>.</summary>
    /// <param name="key">The key.</param>
    void Seen(IntakeKey key) { }
}
