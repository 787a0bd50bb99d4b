using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Errors;

namespace Pso.Domain.Intake;

/// <summary>How an intake run reads and checks its rows.</summary>
public sealed record IntakeOptions
{
    /// <summary>Gets the defaults: each source's own culture and date order, the separator detected, nothing known
    /// beforehand.</summary>
    public static IntakeOptions Default { get; } = new();

    /// <summary>Gets the status date: records dated after it are rejected.</summary>
    public LocalDate? StatusDate { get; init; }

    /// <summary>Gets the known projects; when given, a record of another project is rejected.</summary>
    public IReadOnlySet<ProjectId>? Projects { get; init; }

    /// <summary>Gets the known resources; when given, a record of another person is rejected.</summary>
    public IReadOnlySet<ResourceId>? Resources { get; init; }

    /// <summary>Gets the keys accepted by earlier runs: rows with these keys are duplicates.</summary>
    public IReadOnlySet<IntakeKey>? SeenKeys { get; init; }

    /// <summary>Gets how many keys a streaming run keeps in memory (three quarters of 2^21 slots of sixteen bytes, 32
    /// MiB) before it keeps further keys in temporary files, so that memory stays bounded whatever the file's
    /// length.</summary>
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

    /// <summary>Gets the field separator; when null (the default), detected from the first lines (comma, semicolon or
    /// tab).</summary>
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

    /// <summary>Gets the people's calendars: a time entry outside its person's calendar is accepted with a
    /// warning.</summary>
    public IReadOnlyDictionary<ResourceId, WorkCalendar>? Calendars { get; init; }

    /// <summary>Gets the known commitments: an invoice line against one of them in another currency is
    /// rejected.</summary>
    public IReadOnlyCollection<Commitment>? Commitments { get; init; }

    /// <summary>Gets how many lines a quoted CSV field may span (1,000 unless set): a quote not closed within them (or
    /// by the end of the file) is closed at the end of its line, that row is rejected with
    /// <see cref="IntakeErrorCodes.UnterminatedQuote"/>, and the lines after it are read as rows of their own, so that
    /// a stray quote cannot swallow the rest of the file.</summary>
    public int MaxFieldLines { get; init; } = 1_000;

    /// <summary>Gets how many characters a CSV row may have (1,048,576 unless set): a longer row is cut there and
    /// rejected with <see cref="IntakeErrorCodes.RowTooLong"/>, and the rest of its line dropped, so that one huge
    /// field costs bounded memory.</summary>
    public int MaxRowLength { get; init; } = 1 << 20;

    /// <summary>Gets the severity of rules, by their error code, over each source's own
    /// (<see cref="IntakeSource.RuleSeverities"/>): <see cref="ValidationSeverity.Error"/> rejects a row that breaks
    /// the rule, <see cref="ValidationSeverity.Warning"/> accepts it with a warning. Only the rules of
    /// <see cref="IntakeErrorCodes.Rules"/> can be set; null keeps every source's defaults.</summary>
    public IReadOnlyDictionary<string, ValidationSeverity>? RuleSeverities { get; init; }
}
