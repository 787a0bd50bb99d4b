using System.Collections.Generic;
using System.Collections.Immutable;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>A row that passed its own checks, waiting for the checks across rows. Its text stays in the run's text
/// store until it is needed (when the row is rejected), so that a row costs one small object besides its
/// record.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class Candidate<T>(
    T record,
    int line,
    RowText text,
    IntakeKey key,
    RowMeasures measures,
    (NodaTime.LocalDateTime From, NodaTime.LocalDateTime To)? span,
    ImmutableArray<Errors.ValidationError> warnings
)
    where T : class
{
    internal T Record { get; } = record;

    /// <summary>Gets the line the row starts on.</summary>
    internal int Line { get; } = line;

    /// <summary>Gets where the row's text is kept.</summary>
    internal RowText Text { get; } = text;

    internal IntakeKey Key { get; } = key;

    internal RowMeasures Measures { get; } = measures;

    internal (NodaTime.LocalDateTime From, NodaTime.LocalDateTime To)? Span { get; } = span;

    internal ImmutableArray<Errors.ValidationError> Warnings { get; private set; } = warnings;

    /// <summary>Gets whether the row was accepted by an earlier run: the rules across rows see it, but it is not taken
    /// again and errors on it are ignored.</summary>
    internal bool Context { get; init; }

    /// <summary>Gets the errors found across rows; null while there are none.</summary>
    internal List<Errors.ValidationError>? Errors { get; private set; }

    internal void Reject(Errors.ValidationError error) => (Errors ??= []).Add(error);

    /// <summary>Flags a rule across rows broken: an error rejects the row, a warning stays with it.</summary>
    internal void Flag(Errors.ValidationError error)
    {
        if (error.Severity == Pso.Domain.Errors.ValidationSeverity.Error)
        {
            Reject(error);
        }
        else
        {
            Warnings = Warnings.Add(error);
        }
    }
}
