using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using nietras.SeparatedValues;
using Pso.Domain.Errors;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake;

/// <summary>
/// Reads a file of any source: CSV (through Sep) or JSON (an array of objects whose property names are the columns).
/// The separator is detected from the first lines unless <see cref="IntakeOptions.Separator"/> is given; a byte-order
/// mark is skipped; lines before the header (a report's title and date) and rows with every cell empty are kept in
/// <see cref="IntakeResult.Skipped"/>. With no source given, the first header some source recognises decides; when
/// none does, every row is rejected with <see cref="IntakeErrorCodes.UnknownSource"/>. Nothing throws on bad data.
///</summary>
public static class IntakeReader
{
    private const int HeaderSearch = 20;

    /// <summary>Reads CSV.</summary>
    /// <param name="csv">The text.</param>
    /// <param name="file">The file's name, for the errors.</param>
    /// <param name="source">The source; null to detect it from the header.</param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the data rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result: an <see cref="IntakeResult{T}"/> of the source's record type when a source read
    /// it.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static IntakeResult ReadCsv(
        TextReader csv,
        string file,
        IntakeSource? source = null,
        IntakeOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(file);
        options ??= IntakeOptions.Default;
        return Prepare(csv, file, source, options, progress, cancellationToken) switch
        {
            IntakeRun run => Finish(run),
            IntakeResult done => done,
            _ => throw new InvalidOperationException("The intake run could not start."),
        };
    }

    /// <summary>Reads CSV as records of one kind: the source is detected from the header (or given), and the result is
    /// typed, so that no cast is needed.</summary>
    /// <typeparam name="T">The kind of record, such as <c>TimeEntry</c> or <c>Invoice</c>.</typeparam>
    /// <param name="csv">The text.</param>
    /// <param name="file">The file's name, for the errors.</param>
    /// <param name="source">The source; detected from the header when null. Name it for files that detection
    /// cannot tell apart, such as Jira's issue export read as work logs (<see cref="IntakeSources.JiraWorkLogs"/>).
    /// </param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the data rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result; when no source reads the file, no records and every row rejected.</returns>
    /// <exception cref="ValidationException">A source of another kind reads the file
    /// (<see cref="IntakeErrorCodes.WrongKind"/>).</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static IntakeResult<T> ReadCsvAs<T>(
        TextReader csv,
        string file,
        IntakeSource<T>? source = null,
        IntakeOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default
    )
        where T : class => ReadCsv(csv, file, source, options, progress, cancellationToken).OfKind<T>();

    /// <summary>Reads JSON (an array of objects) as records of one kind.</summary>
    /// <typeparam name="T">The kind of record, such as <c>TimeEntry</c> or <c>Expense</c>.</typeparam>
    /// <param name="json">The UTF-8 bytes.</param>
    /// <param name="file">The file's name, for the errors.</param>
    /// <param name="source">The source; detected from the objects' properties when null.</param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the data rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result; when no source reads the file, no records and every row rejected.</returns>
    /// <exception cref="ValidationException">A source of another kind reads the file
    /// (<see cref="IntakeErrorCodes.WrongKind"/>).</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static IntakeResult<T> ReadJsonAs<T>(
        Stream json,
        string file,
        IntakeSource<T>? source = null,
        IntakeOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default
    )
        where T : class => ReadJson(json, file, source, options, progress, cancellationToken).OfKind<T>();

    /// <summary>Reads a file (CSV, or JSON by its extension) as records of one kind.</summary>
    /// <typeparam name="T">The kind of record, such as <c>TimeEntry</c> or <c>Invoice</c>.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="source">The source; detected when null. Name it for files that detection cannot tell apart,
    /// such as Jira's issue export read as work logs (<see cref="IntakeSources.JiraWorkLogs"/>).</param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the data rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result, named by the file's name; when no source reads the file, no records and every row
    /// rejected.</returns>
    /// <exception cref="ValidationException">A source of another kind reads the file
    /// (<see cref="IntakeErrorCodes.WrongKind"/>).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static IntakeResult<T> ReadFileAs<T>(
        string path,
        IntakeSource<T>? source = null,
        IntakeOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default
    )
        where T : class => ReadFile(path, source, options, progress, cancellationToken).OfKind<T>();

    /// <summary>Runs a prepared run to its end and lets go of its reader.</summary>
    private static IntakeResult Finish(IntakeRun run)
    {
        using (run)
        {
            return run.Source!.Run(run);
        }
    }

    /// <summary>Opens CSV and finds its header and source: a run ready to read the rows, or, when there is nothing to
    /// read or no source, the finished result.</summary>
    internal static object Prepare(
        TextReader csv,
        string file,
        IntakeSource? source,
        IntakeOptions? options,
        IProgress<long>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(file);
        options ??= IntakeOptions.Default;
        char[] start = new char[64 * 1024];
        int length = csv.ReadBlock(start, 0, start.Length);
        // A byte-order mark is not data, nor is a second one that an export doubled.
        int offset = 0;
        while (offset < length && start[offset] == '\uFEFF')
        {
            offset++;
        }
        char separator = options.Separator ?? Sniff(start.AsSpan(offset, length - offset));
        var text = new CsvGuard(
            new PrefixedReader(new string(start, offset, length - offset), csv),
            file,
            Math.Max(1, options.MaxFieldLines),
            Math.Max(16, options.MaxRowLength)
        );
        SepReader reader = Sep.New(separator)
            .Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .From(text);
        return Prepare(
            new CsvFeed(reader, text, file),
            file,
            source,
            options,
            progress,
            cancellationToken,
            ExpectedRows(csv, start.AsSpan(0, length))
        );
    }

    /// <summary>Guesses how many rows a file has, from its length when the reader is over a file (or another stream
    /// that knows its length) and the lines of its first block; 0 when it cannot tell. Tables that grow with the rows
    /// start at about their final size.</summary>
    private static long ExpectedRows(TextReader csv, ReadOnlySpan<char> start)
    {
        int lines = start.Count('\n');
        if (start.IsEmpty || lines == 0 || csv is not StreamReader { BaseStream: { CanSeek: true } stream })
        {
            return lines;
        }
        try
        {
            // Mostly one byte a character in UTF-8.
            return (long)(stream.Length * ((double)lines / start.Length));
        }
        catch (NotSupportedException)
        {
            return lines;
        }
    }

    /// <summary>Reads JSON: an array of objects, each a row, its property names the columns (those of the CSV schema
    /// of the same source). Numbers and booleans are read as their text; an array of strings is a comma list.</summary>
    /// <param name="json">The UTF-8 bytes.</param>
    /// <param name="file">The file's name, for the errors.</param>
    /// <param name="source">The source; null to detect it from the property names.</param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the data rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result: an <see cref="IntakeResult{T}"/> of the source's record type when a source read
    /// it.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static IntakeResult ReadJson(
        Stream json,
        string file,
        IntakeSource? source = null,
        IntakeOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(file);
        options ??= IntakeOptions.Default;
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        JsonFeed feed;
        try
        {
            feed = JsonFeed.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), file);
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0) + 1;
            var error = new ValidationError(
                IntakeErrorCodes.Unreadable,
                $"{file}, line {line}: the file is not a JSON array of objects ({e.Message}).",
                new ErrorLocation { File = file, Line = line }
            );
            var rejected = new RejectedRow(
                new SourceRow(
                    file,
                    line,
                    Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)Math.Min(buffer.Length, 4096))
                ),
                [error]
            );
            return source?.Failed(file, rejected)
                ?? new IntakeResult(file, null, [rejected], [], [], [], [], new Reconciliation(1, 0, 1, 0, []));
        }
        return Prepare(feed, file, source, options, progress, cancellationToken) switch
        {
            IntakeRun run => Finish(run),
            IntakeResult done => done,
            _ => throw new InvalidOperationException("The intake run could not start."),
        };
    }

    /// <summary>Reads a file from disk: <c>.json</c> as JSON, anything else as CSV (UTF-8, with or without a byte-order
    /// mark).</summary>
    /// <param name="path">The file.</param>
    /// <param name="source">The source; null to detect it.</param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the data rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result, named by the file's name.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static IntakeResult ReadFile(
        string path,
        IntakeSource? source = null,
        IntakeOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path);
        using var stream = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1 << 16,
            FileOptions.SequentialScan
        );
        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJson(stream, name, source, options, progress, cancellationToken);
        }
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        return ReadCsv(reader, name, source, options, progress, cancellationToken);
    }

    /// <summary>Finds the header and the source: a run ready to read the rows after the header, or the finished result
    /// when there is nothing to read or no source reads the file.</summary>
    private static object Prepare(
        IRowFeed feed,
        string file,
        IntakeSource? source,
        IntakeOptions options,
        IProgress<long>? progress,
        CancellationToken cancellationToken,
        long expectedRows = 0
    )
    {
        var scan = new IntakeRow(file, options, new IntakeHeader([]));
        var seen = new List<BufferedRow>();
        IntakeSource? found = null;
        int headerAt = -1;
        while (seen.Count < HeaderSearch && feed.Next(scan))
        {
            var names = new string[scan.Count];
            for (int c = 0; c < scan.Count; c++)
            {
                names[c] = scan.Cell(c).ToString();
            }
            seen.Add(new BufferedRow(scan.Line, scan.Text, names) { Errors = scan.Errors?.ToArray() });
            if (scan.IsBlank)
            {
                continue;
            }
            var candidate = new IntakeHeader(names);
            found = source is not null
                ? (source.Recognises(candidate) ? source : null)
                : IntakeSources.Detect(candidate);
            if (found is not null)
            {
                headerAt = seen.Count - 1;
                break;
            }
        }
        if (headerAt < 0)
        {
            // No header recognised: the first row with data is taken as the header.
            headerAt = seen.FindIndex(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)));
            found = source;
        }
        var skipped = new List<SourceRow>();
        for (int i = 0; i < Math.Max(headerAt, 0); i++)
        {
            skipped.Add(new SourceRow(file, seen[i].Line, seen[i].Text));
        }
        if (headerAt < 0 && seen.Any(r => r.Errors is not null))
        {
            // Nothing but blank rows and rows broken as text (a JSON array of numbers, say): the broken ones are
            // rejected with their reasons, never set aside as blank.
            RejectedRow[] broken =
            [
                .. seen.Where(r => r.Errors is not null)
                    .Select(r => new RejectedRow(new SourceRow(file, r.Line, r.Text), [.. r.Errors!])),
            ];
            skipped.AddRange(seen.Where(r => r.Errors is null).Select(r => new SourceRow(file, r.Line, r.Text)));
            return found?.Failed(file, [.. broken], [.. skipped])
                ?? new IntakeResult(
                    file,
                    null,
                    [.. broken],
                    [],
                    [.. skipped],
                    [],
                    [],
                    new Reconciliation(broken.Length, 0, broken.Length, 0, [])
                );
        }
        if (headerAt < 0)
        {
            // Nothing but blank rows: nothing to read.
            skipped.AddRange(seen.Select(r => new SourceRow(file, r.Line, r.Text)));
            return found is null
                ? new IntakeResult(file, null, [], [], [.. skipped], [], [], new Reconciliation(0, 0, 0, 0, []))
                : new IntakeRun(file, options, new IntakeHeader([]), feed, skipped, 1, progress, cancellationToken)
                {
                    Source = found,
                };
        }
        BufferedRow head = seen[headerAt];
        var header = new IntakeHeader(head.Cells.Select(c => c.Trim()).ToArray());
        IRowFeed replay = new ReplayFeed(seen.Skip(headerAt + 1).ToList(), feed);
        if (found is not null)
        {
            // A source whose records are not rows (work logs inside issue rows) turns the rows into its records here.
            (header, replay) = found.Expand(header, replay, file, options);
        }
        var run = new IntakeRun(file, options, header, replay, skipped, head.Line, progress, cancellationToken)
        {
            Source = found,
            ExpectedRows = expectedRows,
        };
        return found is null ? run.Unknown() : run;
    }

    /// <summary>Picks the separator that splits the first lines most alike: for each candidate, the count outside
    /// quotes on each of up to 30 lines; the one whose most common non-zero count occurs on the most lines wins, ties
    /// going to the larger count. A separator inside free text (a semicolon in a comment, a decimal comma) varies from
    /// line to line; the real one does not.</summary>
    private static char Sniff(ReadOnlySpan<char> start)
    {
        ReadOnlySpan<char> candidates = [',', ';', '\t', '|'];
        var counts = new List<int[]>();
        int[] line = new int[candidates.Length];
        bool quoted = false;
        bool any = false;
        foreach (char ch in start)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && ch == '\n')
            {
                counts.Add(line);
                line = new int[candidates.Length];
                any = false;
                if (counts.Count == 30)
                {
                    break;
                }
                continue;
            }
            else if (!quoted && candidates.IndexOf(ch) is int k and >= 0)
            {
                line[k]++;
            }
            any = true;
        }
        if (any && counts.Count < 30)
        {
            counts.Add(line);
        }
        int pick = 0;
        (int Lines, int Count) best = (-1, -1);
        for (int k = 0; k < candidates.Length; k++)
        {
            (int Lines, int Count) mode = counts
                .Where(c => c[k] > 0)
                .GroupBy(c => c[k])
                .Select(g => (Lines: g.Count(), Count: g.Key))
                .DefaultIfEmpty((0, 0))
                .Max();
            if (mode.CompareTo(best) > 0)
            {
                (best, pick) = (mode, k);
            }
        }
        return candidates[pick];
    }

    private sealed record BufferedRow(int Line, string Text, string[] Cells)
    {
        /// <summary>Gets the errors found before the row was read (by the feed), if any.</summary>
        internal ValidationError[]? Errors { get; init; }

        internal void Replay(IntakeRow row)
        {
            row.Begin(Line, Text);
            foreach (string cell in Cells)
            {
                row.Add(cell);
            }
            foreach (ValidationError error in Errors ?? [])
            {
                row.Flaw(error);
            }
        }
    }

    /// <summary>Rows from Sep, over the guard that keeps broken quotes and huge rows from swallowing the file; should
    /// the reader fail all the same, the rest of the file is one rejected row.</summary>
    private sealed class CsvFeed(SepReader reader, CsvGuard guard, string file) : IRowFeed, IDisposable
    {
        private int _nextLine = 1;
        private bool _failed;

        public bool Next(IntakeRow row)
        {
            if (_failed)
            {
                return false;
            }
            try
            {
                if (!reader.MoveNext())
                {
                    return false;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                _failed = true;
                row.Begin(_nextLine, "");
                row.Flaw(
                    new ValidationError(
                        IntakeErrorCodes.Unreadable,
                        $"{file}, line {_nextLine}: the rest of the file from this line cannot be read as CSV "
                            + $"({e.GetType().Name}: {ErrorText.Quote(e.Message)}).",
                        new ErrorLocation
                        {
                            File = file,
                            Line = _nextLine,
                            Field = "row",
                        }
                    )
                );
                return true;
            }
            SepReader.Row current = reader.Current;
            ReadOnlySpan<char> text = current.Span;
            // A row starts where the one before it ended (the reader's own start line of the first row is one too
            // many).
            int line = _nextLine;
            _nextLine = current.LineNumberToExcl;
            row.Begin(line, text);
            // Without quotes every cell is, verbatim, a part of the row's text, so only where it is gets kept.
            bool verbatim = !text.Contains('"');
            ref char start = ref MemoryMarshal.GetReference(text);
            for (int c = 0; c < current.ColCount; c++)
            {
                ReadOnlySpan<char> cell = current[c].Span;
                long at = Unsafe.ByteOffset(ref start, ref MemoryMarshal.GetReference(cell)) / sizeof(char);
                if (verbatim && at >= 0 && at + cell.Length <= text.Length)
                {
                    row.AddAt((int)at, cell.Length);
                }
                else
                {
                    row.Add(cell);
                }
            }
            if (guard.TakeFlaw(line) is (string code, string reason))
            {
                row.Flaw(
                    new ValidationError(
                        code,
                        $"{file}, line {line}, field 'row': {reason}",
                        new ErrorLocation
                        {
                            File = file,
                            Line = line,
                            Field = "row",
                        }
                    )
                );
            }
            return true;
        }

        public void Dispose() => reader.Dispose();
    }

    /// <summary>The rows read while looking for the header, then the rest.</summary>
    private sealed class ReplayFeed(List<BufferedRow> buffered, IRowFeed rest) : IRowFeed, IDisposable
    {
        public void Dispose() => (rest as IDisposable)?.Dispose();

        private int _next;

        public bool Next(IntakeRow row)
        {
            if (_next < buffered.Count)
            {
                buffered[_next++].Replay(row);
                return true;
            }
            return rest.Next(row);
        }
    }

    /// <summary>Rows from a JSON array of objects.</summary>
    private sealed class JsonFeed : IRowFeed
    {
        private readonly List<BufferedRow> _rows;
        private int _next;
        private bool _headerGiven;
        private readonly string[] _names;

        private JsonFeed(string[] names, List<BufferedRow> rows)
        {
            _names = names;
            _rows = rows;
        }

        internal static JsonFeed Parse(ReadOnlyMemory<byte> bytes, string file)
        {
            ReadOnlySpan<byte> span = bytes.Span;
            while (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                span = span[3..];
            }
            var reader = new Utf8JsonReader(
                span,
                new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }
            );
            var names = new List<string>();
            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var objects =
                new List<(int Line, string Text, Dictionary<int, string> Values, ValidationError[]? Errors)>();
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("The top level is not an array.", null, 0, 0);
            }
            int line = 1;
            long counted = 0;
            long begin = reader.BytesConsumed;
            try
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    begin = reader.TokenStartIndex;
                    line += span[(int)counted..(int)begin].Count((byte)'\n');
                    counted = begin;
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw new JsonException("An element of the array is not an object.", null, line - 1, 0);
                    }
                    var values = new Dictionary<int, string>();
                    string? badText = null;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        string name = Text(ref reader, ref badText);
                        if (!index.TryGetValue(name, out int column))
                        {
                            index[name] = column = names.Count;
                            names.Add(name);
                        }
                        reader.Read();
                        values[column] = Value(ref reader, span, ref badText);
                    }
                    if (reader.TokenType != JsonTokenType.EndObject)
                    {
                        throw new JsonException("An object is not closed.", null, line - 1, 0);
                    }
                    string text = Encoding.UTF8.GetString(span[(int)begin..(int)(reader.TokenStartIndex + 1)]);
                    ValidationError[]? errors = badText is null
                        ? null
                        :
                        [
                            new ValidationError(
                                IntakeErrorCodes.BadText,
                                $"{file}, line {line}, field 'row': the string {ErrorText.Quote(badText)} holds a "
                                    + "lone UTF-16 surrogate, which is not text.",
                                new ErrorLocation
                                {
                                    File = file,
                                    Line = line,
                                    Field = "row",
                                }
                            ),
                        ];
                    objects.Add((line, text, values, errors));
                    begin = reader.BytesConsumed;
                }
            }
            catch (JsonException e)
            {
                // Every complete object is kept; what follows the last of them is one rejected row, at its position.
                int tailLine = line + span[(int)counted..(int)Math.Min(begin, span.Length)].Count((byte)'\n');
                int errorLine = (int)(e.LineNumber ?? 0) + 1;
                string tail = Encoding.UTF8.GetString(span[(int)Math.Min(begin, span.Length)..]).Trim();
                // The reader's own message ends with its zero-based position; the line is given once, counted from 1.
                string reason = e.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
                objects.Add(
                    (
                        tailLine,
                        tail,
                        [],
                        [
                            new ValidationError(
                                IntakeErrorCodes.Unreadable,
                                $"{file}, line {tailLine}, field 'row': the JSON from here to the end of the file "
                                    + $"cannot be read ({ErrorText.Quote(reason)}, on line {errorLine}); the objects "
                                    + "before it are read.",
                                new ErrorLocation
                                {
                                    File = file,
                                    Line = tailLine,
                                    Field = "row",
                                }
                            ),
                        ]
                    )
                );
            }
            var rows = objects
                .Select(o =>
                {
                    string[] cells = new string[names.Count];
                    for (int c = 0; c < cells.Length; c++)
                    {
                        cells[c] = o.Values.GetValueOrDefault(c, "");
                    }
                    return new BufferedRow(o.Line, o.Text, cells) { Errors = o.Errors };
                })
                .ToList();
            return new JsonFeed([.. names], rows);
        }

        /// <summary>Reads a string; one that is not text (a lone surrogate from an escape) is kept as written, and
        /// noted.</summary>
        private static string Text(ref Utf8JsonReader reader, ref string? badText)
        {
            try
            {
                return reader.GetString() ?? "";
            }
            catch (InvalidOperationException)
            {
                string raw = Encoding.UTF8.GetString(reader.ValueSpan);
                badText ??= raw;
                return raw;
            }
        }

        private static string Value(ref Utf8JsonReader reader, ReadOnlySpan<byte> span, ref string? badText)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return Text(ref reader, ref badText);
                case JsonTokenType.Number:
                    return Encoding.UTF8.GetString(reader.ValueSpan);
                case JsonTokenType.True:
                    return "true";
                case JsonTokenType.False:
                    return "false";
                case JsonTokenType.Null:
                    return "";
                case JsonTokenType.StartArray:
                    var items = new List<string>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(Value(ref reader, span, ref badText));
                    }
                    return string.Join(",", items);
                default:
                    long begin = reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        throw new JsonException("A value is not complete.");
                    }
                    return Encoding.UTF8.GetString(span[(int)begin..(int)(reader.TokenStartIndex + 1)]);
            }
        }

        public bool Next(IntakeRow row)
        {
            if (!_headerGiven)
            {
                // The property names come first, as the header.
                _headerGiven = true;
                row.Begin(1, string.Join(",", _names));
                foreach (string name in _names)
                {
                    row.Add(name);
                }
                return true;
            }
            if (_next >= _rows.Count)
            {
                return false;
            }
            _rows[_next++].Replay(row);
            return true;
        }
    }

    /// <summary>A reader that gives a prefix already read, then the rest of another reader.</summary>
    private sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
    {
        private int _at;

        public override int Peek() => _at < prefix.Length ? prefix[_at] : rest.Peek();

        public override int Read() => _at < prefix.Length ? prefix[_at++] : rest.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_at < prefix.Length)
            {
                int n = Math.Min(buffer.Length, prefix.Length - _at);
                prefix.AsSpan(_at, n).CopyTo(buffer);
                _at += n;
                return n;
            }
            return rest.Read(buffer);
        }
    }
}
