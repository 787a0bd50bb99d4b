using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.Frozen;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Costs;
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
/// <remarks>Hours are summed exactly, as work is (in ticks of 100 ns), and given as decimal hours: exact where they have
/// a finite decimal form (10:45:00 is 10.75), otherwise to 28 significant digits, so that their identity holds to the
/// tick.</remarks>
/// <param name="Measure">What is totalled, such as <c>hours</c> or a currency code.</param>
/// <param name="Read">The total over every row read.</param>
/// <param name="Accepted">The total over the accepted rows.</param>
/// <param name="Rejected">The total over the rejected rows (that had a readable amount).</param>
/// <param name="Duplicates">The total over the duplicates.</param>
public sealed record TotalReconciliation(string Measure, decimal Read, decimal Accepted, decimal Rejected, decimal Duplicates)
{
    /// <summary>Gets whether the identity holds: exactly for money, to the tick for hours.</summary>
    public bool Holds => Measure == "hours"
        ? Math.Abs(Read - (Accepted + Rejected + Duplicates)) * NodaConstants.TicksPerHour < 0.5m
        : Read == Accepted + Rejected + Duplicates;
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

/// <summary>What an intake run gives back, whatever the kind of record: every rejected row verbatim with its errors,
/// the duplicates, the rows that hold no data, warnings, the keys seen (to pass to the next run) and the
/// reconciliation. <see cref="IntakeResult{T}"/> adds the accepted records.</summary>
public class IntakeResult
{
    internal IntakeResult(string file, IntakeSource? source, ImmutableArray<RejectedRow> rejected, ImmutableArray<SourceRow> duplicates,
        ImmutableArray<SourceRow> skipped, ImmutableArray<ValidationError> warnings, ImmutableArray<IntakeKey> keys, Reconciliation reconciliation)
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
    /// date) and rows whose every cell is empty. They are not data rows, so they are outside the reconciliation.</summary>
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
    internal IntakeResult(string file, IntakeSource? source, ImmutableArray<T> accepted, ImmutableArray<RejectedRow> rejected, ImmutableArray<SourceRow> duplicates,
        ImmutableArray<SourceRow> skipped, ImmutableArray<ValidationError> warnings, ImmutableArray<IntakeKey> keys, Reconciliation reconciliation)
        : base(file, source, rejected, duplicates, skipped, warnings, keys, reconciliation) => Accepted = accepted;

    /// <summary>Gets the accepted records, collated and sorted. Rows that make one record together (the lines of one
    /// invoice) give one record, so there can be fewer records than <see cref="Reconciliation.Accepted"/> rows.</summary>
    public ImmutableArray<T> Accepted { get; }
}

/// <summary>How an intake run reads and checks its rows.</summary>
public sealed record IntakeOptions
{
    /// <summary>Gets the defaults: each source's own culture and date order, the separator detected, nothing known beforehand.</summary>
    public static IntakeOptions Default { get; } = new();

    /// <summary>Gets the status date: records dated after it are rejected.</summary>
    public LocalDate? StatusDate { get; init; }

    /// <summary>Gets the known projects; when given, a record of another project is rejected.</summary>
    public IReadOnlySet<ProjectId>? Projects { get; init; }

    /// <summary>Gets the known resources; when given, a record of another person is rejected.</summary>
    public IReadOnlySet<ResourceId>? Resources { get; init; }

    /// <summary>Gets the keys accepted by earlier runs: rows with these keys are duplicates.</summary>
    public IReadOnlySet<IntakeKey>? SeenKeys { get; init; }

    /// <summary>Gets how many keys a streaming run keeps in memory (three quarters of 2^21 slots of sixteen bytes, 32 MiB)
    /// before it keeps further keys in temporary files, so that memory stays bounded whatever the file's length.</summary>
    internal int KeysInMemory { get; init; } = 3 << 19;

    /// <summary>Gets how many bytes the rules across rows of a streaming run hold in memory (day totals, clock times)
    /// before they move to temporary files, so that memory stays bounded whatever the file's length.</summary>
    internal long RulesInMemory { get; init; } = 48 << 20;

    /// <summary>Gets the culture of the numbers. When null (the default), each source's own: invariant for our schemas,
    /// detected from the separators for exports whose locale varies, with an error naming this setting when a number
    /// could be read two ways.</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>Gets the order of day and month in numeric dates; by default the source's own, otherwise detected
    /// where unambiguous.</summary>
    public DateOrder DateOrder { get; init; }

    /// <summary>Gets the field separator; when null (the default), detected from the first lines (comma, semicolon or tab).</summary>
    public char? Separator { get; init; }

    /// <summary>Gets the currency of amounts in files that do not say; when null, such amounts are an error that names
    /// this setting.</summary>
    public Currency? Currency { get; init; }

    /// <summary>Gets the project of records that name none (an expense export without projects); when null, they are
    /// rejected.</summary>
    public ProjectId? Project { get; init; }

    /// <summary>Gets the cost account of expenses that name none; when null, they are rejected
    /// (<see cref="IntakeErrorCodes.NoCostAccount"/>).</summary>
    public CostAccountId? Account { get; init; }

    /// <summary>Gets the people's calendars: a time entry outside its person's calendar is accepted with a warning.</summary>
    public IReadOnlyDictionary<ResourceId, WorkCalendar>? Calendars { get; init; }

    /// <summary>Gets the known commitments: an invoice line against one of them in another currency is rejected.</summary>
    public IReadOnlyCollection<Commitment>? Commitments { get; init; }

    /// <summary>Gets how many lines a quoted CSV field may span (1,000 unless set): a quote not closed within them (or
    /// by the end of the file) is closed at the end of its line, that row is rejected with
    /// <see cref="IntakeErrorCodes.UnterminatedQuote"/>, and the lines after it are read as rows of their own, so that
    /// a stray quote cannot swallow the rest of the file.</summary>
    public int MaxFieldLines { get; init; } = 1_000;

    /// <summary>Gets how many characters a CSV row may have (1,048,576 unless set): a longer row is cut there and
    /// rejected with <see cref="IntakeErrorCodes.RowTooLong"/>, and the rest of its line dropped, so that one huge field
    /// costs bounded memory.</summary>
    public int MaxRowLength { get; init; } = 1 << 20;

    /// <summary>Gets the severity of rules, by their error code, over each source's own
    /// (<see cref="IntakeSource.RuleSeverities"/>): <see cref="ValidationSeverity.Error"/> rejects a row that breaks the
    /// rule, <see cref="ValidationSeverity.Warning"/> accepts it with a warning. Only the rules of
    /// <see cref="IntakeErrorCodes.Rules"/> can be set; null keeps every source's defaults.</summary>
    public IReadOnlyDictionary<string, ValidationSeverity>? RuleSeverities { get; init; }
}

/// <summary>The stable codes of intake errors and warnings.</summary>
public static class IntakeErrorCodes
{
    /// <summary>Gets the codes of the rules whose severity a source and the host can set
    /// (<see cref="IntakeSource.RuleSeverities"/>, <see cref="IntakeOptions.RuleSeverities"/>): rules a readable record
    /// can break, so that it can be accepted with a warning instead. A value that cannot be read is always an
    /// error.</summary>
    public static IReadOnlySet<string> Rules { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Overlap, OverTwentyFourHours, AfterStatusDate, UnknownProject, UnknownResource, OutsideCalendar, PercentBackwards,
    }.ToFrozenSet(StringComparer.Ordinal);

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

    /// <summary>A row (or the rest of the file) cannot be read: broken JSON, text the reader cannot take, or a row
    /// that makes no record.</summary>
    public const string Unreadable = "intake.unreadable";

    /// <summary>A quoted CSV field is not closed within <see cref="IntakeOptions.MaxFieldLines"/> lines or by the end
    /// of the file: the row it opens on is rejected and the lines after it are read as rows.</summary>
    public const string UnterminatedQuote = "intake.unterminated-quote";

    /// <summary>A CSV row is longer than <see cref="IntakeOptions.MaxRowLength"/> characters: it is cut and
    /// rejected.</summary>
    public const string RowTooLong = "intake.row-too-long";

    /// <summary>A text value holds what is not text: a lone UTF-16 surrogate from a JSON escape, or a NUL.</summary>
    public const string BadText = "intake.bad-text";

    /// <summary>No source recognises the file's header: give the source by name.</summary>
    public const string UnknownSource = "intake.unknown-source";

    /// <summary>A numeric date can be read day first or month first: give <see cref="IntakeOptions.DateOrder"/>.</summary>
    public const string AmbiguousDate = "intake.ambiguous-date";

    /// <summary>A number can be read with a decimal point or a decimal comma: give <see cref="IntakeOptions.Culture"/>.</summary>
    public const string AmbiguousNumber = "intake.ambiguous-number";

    /// <summary>An amount has no currency and none is configured.</summary>
    public const string MissingCurrency = "intake.missing-currency";

    /// <summary>A currency is not an ISO 4217 code.</summary>
    public const string UnknownCurrency = "intake.unknown-currency";

    /// <summary>Two time entries of one person overlap.</summary>
    public const string Overlap = "intake.overlapping-entries";

    /// <summary>A time entry falls outside its person's calendar (a warning).</summary>
    public const string OutsideCalendar = "intake.outside-calendar";

    /// <summary>An expense names no cost account and none is configured.</summary>
    public const string NoCostAccount = "intake.no-cost-account";

    /// <summary>A row of a double-entry export is the other side of a transaction, not an expense.</summary>
    public const string NotAnExpense = "intake.not-an-expense";

    /// <summary>An invoice's lines do not add up to its total.</summary>
    public const string LinesDoNotSum = "intake.invoice-lines-do-not-sum";

    /// <summary>An invoice is in another currency than the commitment it is billed against.</summary>
    public const string CurrencyMismatch = "intake.currency-mismatch";

    /// <summary>A vendor's invoice number is used for two different invoices.</summary>
    public const string DuplicateInvoiceNumber = "intake.duplicate-invoice-number";

    /// <summary>Rows that make one record (the lines of one invoice or order) disagree on the record's own fields.</summary>
    public const string ConflictingRows = "intake.conflicting-rows";

    /// <summary>A task's percent complete is lower than in an earlier report.</summary>
    public const string PercentBackwards = "intake.percent-complete-backwards";

    /// <summary>A finish is before its start.</summary>
    public const string FinishBeforeStart = "intake.finish-before-start";

    /// <summary>A word is not one the field takes (an invoice status intake does not know).</summary>
    public const string UnknownValue = "intake.unknown-value";

    /// <summary>A task report names an activity the schedule does not have.</summary>
    public const string UnknownActivity = "intake.unknown-activity";

    /// <summary>A task report gives another actual start or finish than the schedule already has.</summary>
    public const string ProgressChanged = "intake.progress-changed";

    /// <summary>A task report gives a finish and no start: the start is taken as the finish (a warning).</summary>
    public const string StartAssumed = "intake.start-assumed";

    /// <summary>A value is outside its range (a percent over 100, a negative amount where none can be).</summary>
    public const string OutOfRange = "intake.out-of-range";
}
