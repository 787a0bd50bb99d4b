using System.Collections.Immutable;
using Pso.Domain.Errors;

namespace Pso.Domain.Intake;

/// <summary>What an intake run gives back, whatever the kind of record: every rejected row verbatim with its errors,
/// the duplicates, the rows that hold no data, warnings, the keys seen (to pass to the next run) and the
/// reconciliation. <see cref="IntakeResult{T}"/> adds the accepted records.</summary>
public class IntakeResult
{
    internal IntakeResult(
        string file,
        IntakeSource? source,
        ImmutableArray<RejectedRow> rejected,
        ImmutableArray<SourceRow> duplicates,
        ImmutableArray<SourceRow> skipped,
        ImmutableArray<ValidationError> warnings,
        ImmutableArray<IntakeKey> keys,
        Reconciliation reconciliation
    )
    {
        File = file;
        Source = source;
        Rejected = rejected;
        Duplicates = duplicates;
        Skipped = skipped;
        Warnings = warnings;
        Keys = keys;
        Reconciliation = reconciliation;
    }

    /// <summary>Gives the result as the records of one kind: itself when its source reads that kind; when no source
    /// read the file, the same books with no records (every row is rejected already).</summary>
    /// <exception cref="ValidationException">A source of another kind read the file
    /// (<see cref="IntakeErrorCodes.WrongKind"/>).</exception>
    internal IntakeResult<T> OfKind<T>() =>
        this switch
        {
            IntakeResult<T> typed => typed,
            _ when Source is null => new IntakeResult<T>(
                File,
                null,
                [],
                Rejected,
                Duplicates,
                Skipped,
                Warnings,
                Keys,
                Reconciliation
            ),
            _ => throw new ValidationException([
                new ValidationError(
                    IntakeErrorCodes.WrongKind,
                    $"The {Source.Name} source read the file, which gives {Source.RecordType.Name} records, not "
                        + $"{typeof(T).Name} records; read it with a source of {typeof(T).Name} records "
                        + "(IntakeReader.ReadFileAs with the source).",
                    new ErrorLocation { File = File }
                ),
            ]),
        };

    /// <summary>Gets the file's name.</summary>
    public string File { get; }

    /// <summary>Gets the source the file was read as; null when no source recognised it (every row is then rejected
    /// with <see cref="IntakeErrorCodes.UnknownSource"/>).</summary>
    public IntakeSource? Source { get; }

    /// <summary>Gets every rejected row, in file order.</summary>
    public ImmutableArray<RejectedRow> Rejected { get; }

    /// <summary>Gets every duplicate row, in file order.</summary>
    public ImmutableArray<SourceRow> Duplicates { get; }

    /// <summary>Gets the rows that hold no data, kept for the record: lines before the header (a report's title, its
    /// date) and rows whose every cell is empty. They are not data rows, so they are outside the
    /// reconciliation.</summary>
    public ImmutableArray<SourceRow> Skipped { get; }

    /// <summary>Gets the warnings on accepted rows.</summary>
    public ImmutableArray<ValidationError> Warnings { get; }

    /// <summary>Gets the stable keys of the accepted rows; give them to the next run as
    /// <see cref="IntakeOptions.SeenKeys"/> so that re-ingesting a file adds only duplicates.</summary>
    public ImmutableArray<IntakeKey> Keys { get; }

    /// <summary>Gets the reconciliation.</summary>
    public Reconciliation Reconciliation { get; }
}

/// <summary>What an intake run gives back: the accepted records collated and sorted, with everything
/// <see cref="IntakeResult"/> holds.</summary>
/// <typeparam name="T">The kind of record.</typeparam>
public sealed class IntakeResult<T> : IntakeResult
{
    internal IntakeResult(
        string file,
        IntakeSource? source,
        ImmutableArray<T> accepted,
        ImmutableArray<RejectedRow> rejected,
        ImmutableArray<SourceRow> duplicates,
        ImmutableArray<SourceRow> skipped,
        ImmutableArray<ValidationError> warnings,
        ImmutableArray<IntakeKey> keys,
        Reconciliation reconciliation
    )
        : base(file, source, rejected, duplicates, skipped, warnings, keys, reconciliation) => Accepted = accepted;

    /// <summary>Gets the accepted records, collated and sorted. Rows that make one record together (the lines of one
    /// invoice) give one record, so there can be fewer records than <see cref="Reconciliation.RowsAccepted"/>
    /// rows.</summary>
    public ImmutableArray<T> Accepted { get; }
}
