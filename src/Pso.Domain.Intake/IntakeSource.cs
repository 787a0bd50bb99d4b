using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Threading;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake;

/// <summary>
/// A kind of file intake reads: our own schemas and the exports of the tools teams already use. Each source knows its
/// columns (matched by name, never by position), its locale (the culture of its numbers and the order of its dates,
/// unless <see cref="IntakeOptions"/> says otherwise) and the cross-row rules of its kind. The sources are in
/// <see cref="IntakeSources"/>.
/// </summary>
public abstract class IntakeSource
{
    private protected IntakeSource(string name, IntakeKind kind, string description)
    {
        Name = name;
        Kind = kind;
        Description = description;
    }

    /// <summary>Gets the source's name: <c>toggl</c>, <c>pso-expenses</c>, ….</summary>
    public string Name { get; }

    /// <summary>Gets the kind of record the source gives.</summary>
    public IntakeKind Kind { get; }

    /// <summary>Gets the type of the records the source gives, for messages.</summary>
    internal abstract Type RecordType { get; }

    /// <summary>Gets a one-line description of the files the source reads.</summary>
    public string Description { get; }

    /// <summary>Gets the severity of the rules that this source sets apart from their usual one, by error code (of
    /// <see cref="IntakeErrorCodes.Rules"/>): Jira's work logs, whose start is when a log was entered, make an overlap
    /// a warning. <see cref="IntakeOptions.RuleSeverities"/> overrides them.</summary>
    public IReadOnlyDictionary<string, Errors.ValidationSeverity> RuleSeverities => OwnSeverities;

    /// <summary>Gets the severities this source sets apart; none unless overridden.</summary>
    private protected virtual IReadOnlyDictionary<string, Errors.ValidationSeverity> OwnSeverities =>
        ImmutableDictionary<string, Errors.ValidationSeverity>.Empty;

    /// <summary>Gets the culture of the source's numbers; null when it varies and is detected.</summary>
    private protected virtual CultureInfo? Culture => CultureInfo.InvariantCulture;

    /// <summary>Gets the order of the source's numeric dates.</summary>
    private protected virtual DateOrder Dates => DateOrder.Unspecified;

    /// <summary>Gets whether a header is this source's.</summary>
    internal abstract bool Recognises(IntakeHeader header);

    /// <summary>Reads the rows after the header.</summary>
    internal abstract IntakeResult Run(IntakeRun run);

    /// <summary>Turns the rows after the header into the source's records, when a row is not one record; by default
    /// the rows as they are.</summary>
    internal virtual (IntakeHeader Header, IRowFeed Feed) Expand(
        IntakeHeader header,
        IRowFeed feed,
        string file,
        IntakeOptions options
    ) => (header, feed);

    /// <summary>Gives the result of a file that could not be read at all: one rejected row.</summary>
    internal IntakeResult Failed(string file, RejectedRow rejected) => Failed(file, [rejected], []);

    /// <summary>Gives the result of a file none of whose rows could be read: every one rejected.</summary>
    internal abstract IntakeResult Failed(
        string file,
        ImmutableArray<RejectedRow> rejected,
        ImmutableArray<SourceRow> skipped
    );

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>A source of records of one type.</summary>
/// <typeparam name="T">The record type.</typeparam>
public abstract class IntakeSource<T> : IntakeSource
    where T : class
{
    private protected IntakeSource(string name, IntakeKind kind, string description)
        : base(name, kind, description) { }

    internal sealed override Type RecordType => typeof(T);

    /// <summary>Binds the reader of rows to a header, naming the required columns it lacks.</summary>
    private protected abstract RowReader<T> Bind(IntakeHeader header, List<string> missing);

    /// <summary>Applies the rules that look across rows (overlaps, day totals, invoice sums), rejecting
    /// candidates.</summary>
    private protected virtual void Check(List<Candidate<T>> candidates, IntakeRun run) { }

    /// <summary>Puts accepted records in order, combining rows that make one record.</summary>
    private protected abstract ImmutableArray<T> Collate(List<Candidate<T>> accepted);

    /// <summary>Reads CSV of this source.</summary>
    /// <param name="csv">The text.</param>
    /// <param name="file">The file's name, for the errors.</param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the data rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result and its reconciliation.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public IntakeResult<T> ReadCsv(
        TextReader csv,
        string file,
        IntakeOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default
    ) => (IntakeResult<T>)IntakeReader.ReadCsv(csv, file, this, options, progress, cancellationToken);

    /// <summary>Reads JSON of this source: an array of objects whose property names are the CSV schema's
    /// columns.</summary>
    /// <param name="json">The UTF-8 bytes.</param>
    /// <param name="file">The file's name, for the errors.</param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the data rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result and its reconciliation.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public IntakeResult<T> ReadJson(
        Stream json,
        string file,
        IntakeOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default
    ) => (IntakeResult<T>)IntakeReader.ReadJson(json, file, this, options, progress, cancellationToken);

    /// <summary>
    /// Reads CSV of this source and hands the rows to a sink as the run decides them, keeping the books. Time entries
    /// stream with memory that does not grow with the rows' records: each row that passes its own checks is written to
    /// a temporary file while the rules across rows gather what they need (a total per person and day, the clock
    /// times), and handed on once every row is read, accepted, rejected or a duplicate, in file order; rows that fail
    /// their own checks and repeats of earlier runs are handed on at once. The keys and the rules' facts stay in memory
    /// up to a budget and go to temporary files past it (see docs/intake.md). Other kinds are read whole, then handed
    /// on, collated.
    /// </summary>
    /// <param name="csv">The text.</param>
    /// <param name="file">The file's name, for the errors.</param>
    /// <param name="sink">Where the rows go.</param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the data rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The reconciliation.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public Reconciliation Stream(
        TextReader csv,
        string file,
        IIntakeSink<T> sink,
        IntakeOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sink);
        return IntakeReader.Prepare(csv, file, this, options, progress, cancellationToken) switch
        {
            IntakeRun run => StreamAndRelease(run, sink),
            IntakeResult done => Hand((IntakeResult<T>)done, sink),
            _ => throw new InvalidOperationException("The intake run could not start."),
        };
    }

    private Reconciliation StreamAndRelease(IntakeRun run, IIntakeSink<T> sink)
    {
        using (run)
        {
            return Stream(run, sink);
        }
    }

    /// <summary>Streams the rows after the header to a sink: by default, reads them whole and hands them on.</summary>
    private protected virtual Reconciliation Stream(IntakeRun run, IIntakeSink<T> sink) =>
        Hand(run.Execute(this), sink);

    /// <summary>Hands a whole result to a sink.</summary>
    private static Reconciliation Hand(IntakeResult<T> result, IIntakeSink<T> sink)
    {
        foreach (RejectedRow row in result.Rejected)
        {
            sink.Reject(row);
        }
        foreach (SourceRow row in result.Duplicates)
        {
            sink.Duplicate(row);
        }
        foreach (Errors.ValidationError warning in result.Warnings)
        {
            sink.Warn(warning);
        }
        foreach (T record in result.Accepted)
        {
            sink.Accept(record);
        }
        foreach (IntakeKey key in result.Keys)
        {
            sink.Seen(key);
        }
        return result.Reconciliation;
    }

    internal override IntakeResult Run(IntakeRun run) => run.Execute(this);

    internal override IntakeResult Failed(
        string file,
        ImmutableArray<RejectedRow> rejected,
        ImmutableArray<SourceRow> skipped
    ) =>
        new IntakeResult<T>(
            file,
            this,
            [],
            rejected,
            [],
            skipped,
            [],
            [],
            new Reconciliation(rejected.Length, 0, rejected.Length, 0, [])
        );

    internal RowReader<T> BindTo(IntakeHeader header, List<string> missing) => Bind(header, missing);

    internal void CheckAll(List<Candidate<T>> candidates, IntakeRun run) => Check(candidates, run);

    internal ImmutableArray<T> CollateAll(List<Candidate<T>> accepted) => Collate(accepted);

    internal CultureInfo? SourceCulture => Culture;

    internal DateOrder SourceDates => Dates;
}
