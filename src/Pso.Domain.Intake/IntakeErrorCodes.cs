using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Pso.Domain.Intake;

/// <summary>The stable codes of intake errors and warnings.</summary>
public static class IntakeErrorCodes
{
    /// <summary>Gets the codes of the rules whose severity a source and the host can set
    /// (<see cref="IntakeSource.RuleSeverities"/>, <see cref="IntakeOptions.RuleSeverities"/>): rules a readable record
    /// can break, so that it can be accepted with a warning instead. A value that cannot be read is always an
    /// error.</summary>
    public static IReadOnlySet<string> Rules { get; } =
        new HashSet<string>(StringComparer.Ordinal)
        {
            Overlap,
            OverTwentyFourHours,
            AfterStatusDate,
            UnknownProject,
            UnknownResource,
            OutsideCalendar,
            PercentBackwards,
        }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A required column is missing from the header.</summary>
    public const string MissingColumn = "intake.missing-column";

    /// <summary>A file was read for one kind of record (<c>IntakeReader.ReadFileAs&lt;T&gt;</c>) and a source of
    /// another kind reads it.</summary>
    public const string WrongKind = "intake.wrong-kind";

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

    /// <summary>A numeric date can be read day first or month first: give <see
    /// cref="IntakeOptions.DateOrder"/>.</summary>
    public const string AmbiguousDate = "intake.ambiguous-date";

    /// <summary>A number can be read with a decimal point or a decimal comma: give <see
    /// cref="IntakeOptions.Culture"/>.</summary>
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

    /// <summary>Rows that make one record (the lines of one invoice or order) disagree on the record's own
    /// fields.</summary>
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
