using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using NodaTime;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Errors;
using Pso.Domain.Intake.Storage;
using Pso.Domain.Intake.TimeEntries;
using Pso.Domain.Utility;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>
/// One run of the pipeline over one file, whatever the source: read each row, validate it, normalise it into a record,
/// set duplicates aside by stable key (also across runs), apply the source's rules across rows, collate and reconcile.
///</summary>
internal sealed class IntakeRun : IDisposable
{
    private readonly IRowFeed _feed;
    private readonly IProgress<long>? _progress;
    private readonly CancellationToken _cancellationToken;

    internal IntakeRun(
        string file,
        IntakeOptions options,
        IntakeHeader header,
        IRowFeed feed,
        List<SourceRow> skipped,
        int headerLine,
        IProgress<long>? progress,
        CancellationToken cancellationToken
    )
    {
        File = file;
        Options = options;
        Header = header;
        _feed = feed;
        Skipped = skipped;
        HeaderLine = headerLine;
        _progress = progress;
        _cancellationToken = cancellationToken;
    }

    internal string File { get; }

    internal IntakeOptions Options { get; }

    /// <summary>Gets the source that reads the rows; null when none does.</summary>
    internal IntakeSource? Source
    {
        get => _source;
        init
        {
            _source = value;
            Severities = SeveritiesOf(value, Options);
        }
    }

    private readonly IntakeSource? _source;

    /// <summary>Gets the severity of each rule set apart from its usual one: the source's, then the host's.</summary>
    internal IReadOnlyDictionary<string, ValidationSeverity>? Severities { get; private init; }

    /// <summary>Gets the severity of a rule in this run.</summary>
    internal ValidationSeverity SeverityOf(string code, ValidationSeverity usual = ValidationSeverity.Error) =>
        Severities is { } set && set.TryGetValue(code, out ValidationSeverity severity) ? severity : usual;

    /// <summary>Merges the source's severities with the host's, refusing codes that are not rules.</summary>
    internal static IReadOnlyDictionary<string, ValidationSeverity>? SeveritiesOf(
        IntakeSource? source,
        IntakeOptions options
    )
    {
        IReadOnlyDictionary<string, ValidationSeverity>? own = source?.RuleSeverities;
        IReadOnlyDictionary<string, ValidationSeverity>? host = options.RuleSeverities;
        if ((own is null || own.Count == 0) && (host is null || host.Count == 0))
        {
            return null;
        }
        var merged = new Dictionary<string, ValidationSeverity>(StringComparer.Ordinal);
        foreach (
            IReadOnlyDictionary<string, ValidationSeverity> set in new[] { own, host }.OfType<
                IReadOnlyDictionary<string, ValidationSeverity>
            >()
        )
        {
            foreach ((string code, ValidationSeverity severity) in set)
            {
                Preconditions.CheckArgument(
                    IntakeErrorCodes.Rules.Contains(code) && Enum.IsDefined(severity),
                    nameof(options),
                    $"'{code}' is not a rule whose severity can be set (they are: "
                        + $"{string.Join(", ", IntakeErrorCodes.Rules.Order(StringComparer.Ordinal))})."
                );
                merged[code] = severity;
            }
        }
        return merged;
    }

    internal IntakeHeader Header { get; }

    /// <summary>Gets a guess of the number of rows (0 when unknown), so that tables that grow with them start near
    /// their final size.</summary>
    internal long ExpectedRows { get; init; }

    internal List<SourceRow> Skipped { get; }

    internal int HeaderLine { get; }

    /// <summary>Makes an error on a candidate's row.</summary>
    internal ValidationError Error<T>(Candidate<T> candidate, string code, string field, string reason)
        where T : class => ErrorAt(candidate.Line, code, field, reason);

    /// <summary>Makes an error on the row that starts on a line, with the rule's severity in this run.</summary>
    internal ValidationError ErrorAt(int line, string code, string field, string reason)
    {
        int column = Header.Find(field);
        return new ValidationError(
            code,
            $"{File}, line {line}, field '{field}': {reason}",
            new ErrorLocation
            {
                File = File,
                Line = line,
                Column = column >= 0 ? column + 1 : null,
                Field = field,
            },
            SeverityOf(code)
        );
    }

    /// <summary>Lets go of the reader under the rows.</summary>
    public void Dispose() => (_feed as IDisposable)?.Dispose();

    /// <summary>Streams time entries: each row is read and checked on its own, and rows that fail and repeats of
    /// earlier runs are handed on at once; each row that passes is written to a temporary file (deleted on close) while
    /// the rules across rows gather what they need, and its key is looked up as the next row is read. Once every row is
    /// read, the file is read back and each entry is handed on, accepted, rejected or a duplicate, in file order.
    /// Memory holds the key set (up to <see cref="IntakeOptions.KeysInMemory"/> keys; further keys go to temporary
    /// files, whose repeats are found once every row is read), a total per person and day and the entries with clock
    /// times (up to <see cref="IntakeOptions.RulesInMemory"/> bytes; then in temporary files by person), never the
    /// entries themselves.</summary>
    internal Reconciliation StreamTimeEntries(TimeEntrySource source, IIntakeSink<TimeEntry> sink)
    {
        var row = new IntakeRow(File, Options, Header) { Severities = Severities };
        var missing = new List<string>();
        ReadDraft read = source.DraftsFor(Header, missing);
        if (missing.Count > 0)
        {
            IntakeResult<TimeEntry> whole = Execute(source);
            foreach (RejectedRow rejected in whole.Rejected)
            {
                sink.Reject(rejected);
            }
            return whole.Reconciliation;
        }
        var books = new Books();
        using var keys = new StreamedKeys(Options.KeysInMemory, ExpectedRows);
        using var rules = new TimeEntryRules(Options.RulesInMemory);
        long count = 0;
        using var spill = new TimeEntrySpill(row);
        Action<RejectedRow> reject = sink.Reject;
        while (Next(row))
        {
            if (
                !Passed(
                    read(row, out TimeEntryDraft entry, out string identity),
                    row,
                    identity,
                    books,
                    source.Kind,
                    reject,
                    out IntakeKey hash
                )
            )
            {
                continue;
            }
            if (Options.SeenKeys?.Contains(hash) == true)
            {
                // Accepted by an earlier run: set aside at once (earlier runs' entries do not count towards this
                // run's day totals when streaming).
                sink.Duplicate(new SourceRow(File, row.Line, row.Text));
                books.Duplicate(row.Measures);
                continue;
            }
            int person = rules.PersonOf(entry.Resource, entry.PersonSymbol);
            long index = count++;
            long day = rules.Add(person, entry.Date, entry.Hours, row.Span, row.Line, index);
            spill.Write(entry, day, hash);
            // The row's key is looked up while the next row is read (its place in the key set fetched meanwhile): a
            // repeat leaves the rules again and is handed on as a duplicate when the spill is read back.
            keys.Settle(rules, sink);
            keys.Hold(hash, index, day, entry.Hours, row.Warnings);
        }
        keys.Settle(rules, sink);
        IndexSet? repeats = keys.Finish(rules);
        Dictionary<long, List<ValidationError>> overlaps = rules.Judge(this, source);
        spill.Rewind();
        for (long i = 0; i < count; i++)
        {
            (TimeEntry entry, int line, IntakeKey key, long day) = spill.Read();
            RowMeasures measures = default;
            measures.Add(entry.Hours);
            if (repeats?.Contains(i) == true)
            {
                sink.Duplicate(new SourceRow(File, line, spill.ReadText(keep: true)!));
                books.Duplicate(measures);
                continue;
            }
            List<ValidationError>? errors = null;
            List<ValidationError>? warnings = null;
            void Flag(ValidationError found)
            {
                if (found.Severity == ValidationSeverity.Error)
                {
                    (errors ??= []).Add(found);
                }
                else
                {
                    (warnings ??= []).Add(found);
                }
            }
            if (rules.DayError(this, source, entry, day, line) is ValidationError over)
            {
                Flag(over);
            }
            foreach (ValidationError clash in overlaps.GetValueOrDefault(i) ?? [])
            {
                Flag(clash);
            }
            string? text = spill.ReadText(keep: errors is not null);
            if (errors is not null)
            {
                sink.Reject(new RejectedRow(new SourceRow(File, line, text!), [.. errors]));
                books.Rejected(measures);
            }
            else
            {
                warnings?.ForEach(sink.Warn);
                sink.Accept(entry);
                sink.Seen(key);
                books.Accepted(measures);
            }
        }
        return books.Reconcile();
    }

    /// <summary>Runs a source over the rows.</summary>
    internal IntakeResult<T> Execute<T>(IntakeSource<T> source)
        where T : class
    {
        var row = new IntakeRow(File, Options, Header) { Severities = Severities };
        var missing = new List<string>();
        RowReader<T> reader = source.BindTo(Header, missing);
        var books = new Books();
        var rejected = new List<RejectedRow>();
        var duplicates = new List<SourceRow>();
        if (missing.Count > 0)
        {
            var errors = missing
                .Select(c => new ValidationError(
                    IntakeErrorCodes.MissingColumn,
                    $"{File}: the header has no '{c}' column, which {source.Name} needs (it has: "
                        + $"{ErrorText.List(Header.Names)}).",
                    new ErrorLocation
                    {
                        File = File,
                        Line = HeaderLine,
                        Field = c,
                    }
                ))
                .ToImmutableArray();
            RejectAll(row, rejected, errors, books);
            if (rejected.Count == 0)
            {
                // A header and no rows: the header itself is the rejected row, so that the finding is not lost.
                rejected.Add(new RejectedRow(new SourceRow(File, HeaderLine, string.Join(",", Header.Names)), errors));
                books.Read(default);
                books.Rejected(default);
            }
            return Finish(source, [], rejected, duplicates, [], books);
        }
        var seen = new KeySet();
        var candidates = new List<Candidate<T>>();
        var context = new List<Candidate<T>>();
        var texts = new RowTextStore();
        Action<RejectedRow> reject = rejected.Add;
        while (Next(row))
        {
            if (ReadRow(reader, row, books, source.Kind, reject, out IntakeKey hash) is not T record)
            {
                continue;
            }
            RowMeasures measures = row.Measures;
            bool again = !seen.Add(hash);
            if (again || Options.SeenKeys?.Contains(hash) == true)
            {
                duplicates.Add(new SourceRow(File, row.Line, row.Text));
                books.Duplicate(measures);
                if (!again)
                {
                    // Accepted by an earlier run: not taken again, but the rules across rows still see it, so that a
                    // later row cannot slip past them (a percent lower than it, a line that conflicts with it).
                    context.Add(
                        new Candidate<T>(record, row.Line, default, hash, measures, row.Span, []) { Context = true }
                    );
                }
                continue;
            }
            candidates.Add(
                new Candidate<T>(
                    record,
                    row.Line,
                    texts.Add(row.TextSpan),
                    hash,
                    measures,
                    row.Span,
                    row.Warnings is null ? [] : [.. row.Warnings]
                )
            );
        }
        if (context.Count == 0)
        {
            source.CheckAll(candidates, this);
        }
        else
        {
            var all = new List<Candidate<T>>(candidates.Count + context.Count);
            all.AddRange(candidates);
            all.AddRange(context);
            all.Sort((a, b) => a.Line.CompareTo(b.Line));
            source.CheckAll(all, this);
        }
        var accepted = new List<Candidate<T>>(candidates.Count);
        bool late = false;
        foreach (Candidate<T> candidate in candidates)
        {
            if (candidate.Errors is not null)
            {
                late |= rejected.Count > 0 && rejected[^1].Row.Line > candidate.Line;
                rejected.Add(
                    new RejectedRow(
                        new SourceRow(File, candidate.Line, texts.Get(candidate.Text)),
                        [.. candidate.Errors]
                    )
                );
                books.Rejected(candidate.Measures);
            }
            else
            {
                accepted.Add(candidate);
                books.Accepted(candidate.Measures);
            }
        }
        if (late)
        {
            rejected.Sort((a, b) => a.Row.Line.CompareTo(b.Row.Line));
        }
        return Finish(source, accepted, rejected, duplicates, source.CollateAll(accepted), books);
    }

    /// <summary>Reads one row into a record and its key. A row that fails its own checks gives null: it goes to
    /// <paramref name="reject"/> verbatim with its errors, and its measures are booked as rejected.</summary>
    private T? ReadRow<T>(
        RowReader<T> reader,
        IntakeRow row,
        Books books,
        IntakeKind kind,
        Action<RejectedRow> reject,
        out IntakeKey key
    )
        where T : class
    {
        T? record = reader.Read(row, out string identity);
        return Passed(record is not null, row, identity, books, kind, reject, out key) ? record : null;
    }

    /// <summary>Books a row read (made into a record or not) and, when it passed its own checks, gives its key; a row
    /// that failed goes to <paramref name="reject"/> verbatim with its errors, and its measures are booked as
    /// rejected.</summary>
    private bool Passed(
        bool made,
        IntakeRow row,
        string identity,
        Books books,
        IntakeKind kind,
        Action<RejectedRow> reject,
        out IntakeKey key
    )
    {
        if (!made && row.Errors is null)
        {
            row.Fail(IntakeErrorCodes.Unreadable, -1, "the row makes no record.", "row");
        }
        books.Read(row.Measures);
        if (row.Errors is not null)
        {
            reject(
                new RejectedRow(
                    new SourceRow(File, row.Line, row.Text),
                    row.Flaws > 0 ? [.. row.Errors.Take(row.Flaws)] : [.. row.Errors]
                )
            );
            books.Rejected(row.Measures);
            key = default;
            return false;
        }
        // Each kind hashes its keys with its own seed, so that an expense and a task with the same id stay apart.
        ReadOnlySpan<char> text = ReferenceEquals(identity, IntakeRow.OwnIdentity) ? row.Identity : identity.AsSpan();
        key = new IntakeKey(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text), (long)kind + 1));
        return true;
    }

    /// <summary>Rejects every data row with the same errors (a header that will not do).</summary>
    internal void RejectAll(
        IntakeRow row,
        List<RejectedRow> rejected,
        ImmutableArray<ValidationError> errors,
        Books books
    )
    {
        while (Next(row))
        {
            // A row's own flaws (a broken tail, an unterminated quote) come first: they say more than the header.
            rejected.Add(
                new RejectedRow(
                    new SourceRow(File, row.Line, row.Text),
                    row.Errors is null ? errors : [.. row.Errors, .. errors]
                )
            );
            books.Read(default);
            books.Rejected(default);
        }
    }

    /// <summary>Gives the result for a file no source reads: every data row rejected.</summary>
    internal IntakeResult Unknown()
    {
        var row = new IntakeRow(File, Options, Header) { Severities = Severities };
        var rejected = new List<RejectedRow>();
        var books = new Books();
        ValidationError error = new(
            IntakeErrorCodes.UnknownSource,
            $"{File}: no source reads a file with the columns {ErrorText.List(Header.Names)}; give the source by "
                + $"name (one of {string.Join(", ", IntakeSources.All.Select(s => s.Name))}).",
            new ErrorLocation { File = File, Line = HeaderLine }
        );
        RejectAll(row, rejected, [error], books);
        return new IntakeResult(File, null, [.. rejected], [], [.. Skipped], [], [], books.Reconcile());
    }

    private bool Next(IntakeRow row)
    {
        while (_feed.Next(row))
        {
            if (row.IsBlank)
            {
                Skipped.Add(new SourceRow(File, row.Line, row.Text));
                continue;
            }
            _rows++;
            if (_rows % 10_000 == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _progress?.Report(_rows);
            }
            return true;
        }
        return false;
    }

    private long _rows;

    private IntakeResult<T> Finish<T>(
        IntakeSource<T> source,
        List<Candidate<T>> accepted,
        List<RejectedRow> rejected,
        List<SourceRow> duplicates,
        ImmutableArray<T> records,
        Books books
    )
        where T : class =>
        new(
            File,
            source,
            records,
            [.. rejected],
            [.. duplicates],
            [.. Skipped],
            [.. accepted.SelectMany(a => a.Warnings)],
            [.. accepted.Select(a => a.Key)],
            books.Reconcile()
        );

    /// <summary>The running totals of a run.</summary>
    internal sealed class Books
    {
        private readonly Dictionary<string, decimal[]> _totals = new(StringComparer.Ordinal);
        private long _read,
            _accepted,
            _rejected,
            _duplicates;
        private string? _lastMeasure;
        private decimal[] _lastTotals = [];

        internal void Read(in RowMeasures measures) => Add(measures, 0, ref _read);

        internal void Accepted(in RowMeasures measures) => Add(measures, 1, ref _accepted);

        internal void Rejected(in RowMeasures measures) => Add(measures, 2, ref _rejected);

        internal void Duplicate(in RowMeasures measures) => Add(measures, 3, ref _duplicates);

        private void Add(in RowMeasures measures, int slot, ref long count)
        {
            count++;
            for (int i = 0; i < measures.Count; i++)
            {
                (string measure, decimal amount) = measures[i];
                // Rows of one file mostly share their measure: the last one is kept at hand.
                if (!ReferenceEquals(measure, _lastMeasure))
                {
                    if (!_totals.TryGetValue(measure, out decimal[]? found))
                    {
                        _totals[measure] = found = new decimal[4];
                    }
                    (_lastMeasure, _lastTotals) = (measure, found);
                }
                _lastTotals[slot] += amount;
            }
        }

        internal Reconciliation Reconcile() =>
            new(
                _read,
                _accepted,
                _rejected,
                _duplicates,
                [.. _totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => Total(t.Key, t.Value))]
            );

        /// <summary>Closes one total: work, summed in ticks, becomes hours.</summary>
        private static TotalReconciliation Total(string measure, decimal[] sums)
        {
            if (measure != RowMeasures.Hours)
            {
                return new TotalReconciliation(measure, sums[0], sums[1], sums[2], sums[3]);
            }
            const decimal ticksPerHour = NodaConstants.TicksPerHour;
            decimal accepted = sums[1] / ticksPerHour;
            decimal rejected = sums[2] / ticksPerHour;
            decimal duplicates = sums[3] / ticksPerHour;
            // Hours of whole seconds have no finite decimal form: when the ticks balance (they are exact), the total
            // read
            // is given as the sum of its parts, so that the identity holds on the decimals a host sees too.
            decimal read =
                sums[0] == sums[1] + sums[2] + sums[3] ? accepted + rejected + duplicates : sums[0] / ticksPerHour;
            return new TotalReconciliation(measure, read, accepted, rejected, duplicates);
        }
    }
}
