using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;

namespace Pso.Domain.Intake;

/// <summary>A row as it was read: the file, the line it starts on, and its text verbatim.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Line">The line the row starts on, from 1.</param>
/// <param name="Text">The row's text, as it was.</param>
public sealed record SourceRow(string File, int Line, string Text);

/// <summary>A row that was not accepted, verbatim, with every reason.</summary>
/// <param name="Row">The row.</param>
/// <param name="Errors">Why, each with its file, line, column, field and stable code.</param>
public sealed record RejectedRow(SourceRow Row, ImmutableArray<ValidationError> Errors);

/// <summary>A total that must add up: what was read equals what was accepted, rejected and set aside as duplicate.</summary>
/// <param name="Measure">What is totalled, such as <c>hours</c> or a currency code.</param>
/// <param name="Read">The total over every row read.</param>
/// <param name="Accepted">The total over the accepted rows.</param>
/// <param name="Rejected">The total over the rejected rows (that had a readable amount).</param>
/// <param name="Duplicates">The total over the duplicates.</param>
public sealed record TotalReconciliation(string Measure, decimal Read, decimal Accepted, decimal Rejected, decimal Duplicates)
{
    /// <summary>Gets whether the identity holds.</summary>
    public bool Holds => Read == Accepted + Rejected + Duplicates;
}

/// <summary>The books of an intake run: rows read = accepted + rejected + duplicates, and the same for each total.</summary>
/// <param name="RowsRead">The data rows read.</param>
/// <param name="Accepted">The rows accepted.</param>
/// <param name="Rejected">The rows rejected.</param>
/// <param name="Duplicates">The rows set aside as duplicates.</param>
/// <param name="Totals">The totals, by measure.</param>
public sealed record Reconciliation(long RowsRead, long Accepted, long Rejected, long Duplicates, ImmutableArray<TotalReconciliation> Totals)
{
    /// <summary>Gets whether every identity holds: nothing was lost.</summary>
    public bool Reconciled => RowsRead == Accepted + Rejected + Duplicates && Totals.All(t => t.Holds);
}

/// <summary>What an intake run gives back: the accepted records collated and sorted, every rejected row verbatim with
/// its errors, the duplicates, warnings, the keys seen (to pass to the next run) and the reconciliation.</summary>
/// <typeparam name="T">The kind of record.</typeparam>
public sealed class IntakeResult<T>
{
    internal IntakeResult(ImmutableArray<T> accepted, ImmutableArray<RejectedRow> rejected, ImmutableArray<SourceRow> duplicates,
        ImmutableArray<ValidationError> warnings, ImmutableArray<string> keys, Reconciliation reconciliation)
    {
        Accepted = accepted;
        Rejected = rejected;
        Duplicates = duplicates;
        Warnings = warnings;
        Keys = keys;
        Reconciliation = reconciliation;
    }

    /// <summary>Gets the accepted records, sorted.</summary>
    public ImmutableArray<T> Accepted { get; }

    /// <summary>Gets every rejected row, in file order.</summary>
    public ImmutableArray<RejectedRow> Rejected { get; }

    /// <summary>Gets every duplicate row, in file order.</summary>
    public ImmutableArray<SourceRow> Duplicates { get; }

    /// <summary>Gets the warnings on accepted rows.</summary>
    public ImmutableArray<ValidationError> Warnings { get; }

    /// <summary>Gets the stable keys of the accepted rows; give them to the next run as
    /// <see cref="IntakeOptions.SeenKeys"/> so that re-ingesting a file adds only duplicates.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Gets the reconciliation.</summary>
    public Reconciliation Reconciliation { get; }
}

/// <summary>How an intake run reads and checks its rows.</summary>
public sealed record IntakeOptions
{
    /// <summary>Gets the defaults: invariant culture, ISO dates, comma separated, nothing known beforehand.</summary>
    public static IntakeOptions Default { get; } = new();

    /// <summary>Gets the status date: records dated after it are rejected.</summary>
    public LocalDate? StatusDate { get; init; }

    /// <summary>Gets the known projects; when given, a record of another project is rejected.</summary>
    public IReadOnlySet<ProjectId>? Projects { get; init; }

    /// <summary>Gets the known resources; when given, a record of another person is rejected.</summary>
    public IReadOnlySet<ResourceId>? Resources { get; init; }

    /// <summary>Gets the keys accepted by earlier runs: rows with these keys are duplicates.</summary>
    public IReadOnlySet<string>? SeenKeys { get; init; }

    /// <summary>Gets the culture of the numbers; invariant by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Gets the field separator; a comma by default.</summary>
    public char Separator { get; init; } = ',';
}

/// <summary>The stable codes of intake errors and warnings.</summary>
public static class IntakeErrorCodes
{
    /// <summary>A required column is missing from the header.</summary>
    public const string MissingColumn = "intake.missing-column";

    /// <summary>A required field is empty.</summary>
    public const string MissingField = "intake.missing-field";

    /// <summary>A date cannot be read.</summary>
    public const string BadDate = "intake.bad-date";

    /// <summary>A value cannot be an id (too long, or with control characters).</summary>
    public const string BadId = "intake.bad-id";

    /// <summary>A number cannot be read.</summary>
    public const string BadNumber = "intake.bad-number";

    /// <summary>Hours are zero or negative.</summary>
    public const string NonPositiveHours = "intake.non-positive-hours";

    /// <summary>One person's hours on one day add up to more than 24.</summary>
    public const string OverTwentyFourHours = "intake.over-24-hours";

    /// <summary>A record names a project that is not known.</summary>
    public const string UnknownProject = "intake.unknown-project";

    /// <summary>A record names a person who is not known.</summary>
    public const string UnknownResource = "intake.unknown-resource";

    /// <summary>A record is dated after the status date.</summary>
    public const string AfterStatusDate = "intake.after-status-date";

    /// <summary>The file cannot be read as CSV at all.</summary>
    public const string Unreadable = "intake.unreadable";
}
