using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>
/// Stands between a CSV file and the CSV reader so that hostile or broken text cannot swallow rows or stop the run:
/// a quoted field that is not closed within <see cref="IntakeOptions.MaxFieldLines"/> lines (or by the end of the
/// file) is closed at the end of the line its quote opened on, and the lines after it are read again as rows of their
/// own; a row longer than <see cref="IntakeOptions.MaxRowLength"/> characters is cut there and the rest of its line
/// dropped. Each such row is noted by the line it starts on, for the run to reject it with the reason. No newline is
/// added or removed, so the reader's line numbers stay those of the file.
/// </summary>
/// <remarks>Quotes are followed as the reader follows them: every <c>"</c> opens or closes a quoted stretch (a doubled
/// quote inside one closes and opens it again).</remarks>
internal sealed class CsvGuard : TextReader
{
    private static readonly SearchValues<char> QuoteOrNewline = SearchValues.Create("\"\n");

    private readonly TextReader _inner;
    private readonly int _maxLines;
    private readonly int _maxLength;
    private readonly string _file;
    private readonly char[] _input = new char[64 * 1024];
    private int _inputAt;
    private int _inputLength;
    private bool _innerDone;
    private readonly Stack<string> _again = new();
    private string? _againText;
    private int _againAt;
    private readonly StringBuilder _ready = new();
    private int _readyAt;
    private readonly StringBuilder _held = new();
    private int _line = 1;
    private int _rowStart = 1;
    private int _rowLength;
    private bool _quoted;
    private int _quoteLine;
    private int _quoteLines;
    private bool _skipping;
    private readonly Dictionary<int, (string Code, string Reason)> _flaws = [];

    internal CsvGuard(TextReader inner, string file, int maxLines, int maxLength)
    {
        _inner = inner;
        _file = file;
        _maxLines = maxLines;
        _maxLength = maxLength;
    }

    /// <summary>Gets and forgets the flaw of the row that starts on a line, if it has one.</summary>
    internal (string Code, string Reason)? TakeFlaw(int line) =>
        _flaws.Remove(line, out (string Code, string Reason) flaw) ? flaw : null;

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        int written = 0;
        while (written < buffer.Length)
        {
            if (_readyAt < _ready.Length)
            {
                int n = Math.Min(buffer.Length - written, _ready.Length - _readyAt);
                _ready.CopyTo(_readyAt, buffer.Slice(written, n), n);
                _readyAt += n;
                written += n;
                continue;
            }
            _ready.Clear();
            _readyAt = 0;
            ReadOnlySpan<char> chunk = NextChunk();
            if (chunk.IsEmpty)
            {
                if (_quoted)
                {
                    Runaway(atEnd: true, []);
                    continue;
                }
                break;
            }
            Consume(chunk);
        }
        return written;
    }

    /// <inheritdoc/>
    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    /// <inheritdoc/>
    public override int Peek() => -1;

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>Gets the next stretch of text to look at: text to read again first, then the file.</summary>
    private ReadOnlySpan<char> NextChunk()
    {
        while (true)
        {
            if (_againText is not null)
            {
                if (_againAt < _againText.Length)
                {
                    int n = Math.Min(_input.Length, _againText.Length - _againAt);
                    ReadOnlySpan<char> part = _againText.AsSpan(_againAt, n);
                    _againAt += n;
                    return part;
                }
                _againText = null;
            }
            if (_again.Count > 0)
            {
                (_againText, _againAt) = (_again.Pop(), 0);
                continue;
            }
            if (_inputAt < _inputLength)
            {
                ReadOnlySpan<char> rest = _input.AsSpan(_inputAt, _inputLength - _inputAt);
                _inputAt = _inputLength;
                return rest;
            }
            if (_innerDone)
            {
                return [];
            }
            _inputLength = _inner.Read(_input, 0, _input.Length);
            _inputAt = 0;
            _innerDone = _inputLength == 0;
        }
    }

    /// <summary>Follows the quotes and lines of a stretch of text, passing it on or holding it.</summary>
    private void Consume(ReadOnlySpan<char> chunk)
    {
        while (!chunk.IsEmpty)
        {
            if (_skipping)
            {
                int end = chunk.IndexOf('\n');
                if (end < 0)
                {
                    return;
                }
                // The newline written where the row was cut stands for this one.
                _skipping = false;
                _line++;
                _rowStart = _line;
                _rowLength = 0;
                chunk = chunk[(end + 1)..];
                continue;
            }
            int at = chunk.IndexOfAny(QuoteOrNewline);
            int stretch = at < 0 ? chunk.Length : at;
            if (_quoted)
            {
                _held.Append(chunk[..stretch]);
                if (_held.Length > _maxLength)
                {
                    if (Runaway(atEnd: false, chunk[stretch..]))
                    {
                        return;
                    }
                    chunk = chunk[stretch..];
                    continue;
                }
            }
            else if (_rowLength + stretch > _maxLength)
            {
                int keep = Math.Max(0, _maxLength - _rowLength);
                _ready.Append(chunk[..keep]).Append('\n');
                Cut();
                chunk = chunk[keep..];
                continue;
            }
            else
            {
                _ready.Append(chunk[..stretch]);
                _rowLength += stretch;
            }
            if (at < 0)
            {
                return;
            }
            char found = chunk[at];
            chunk = chunk[(at + 1)..];
            if (found == '"')
            {
                if (_quoted)
                {
                    _held.Append('"');
                    _ready.Append(_held);
                    _rowLength += _held.Length;
                    _held.Clear();
                    _quoted = false;
                }
                else
                {
                    _quoted = true;
                    _quoteLine = _line;
                    _quoteLines = 0;
                    _held.Append('"');
                }
            }
            else if (_quoted)
            {
                _held.Append('\n');
                _line++;
                if (++_quoteLines > _maxLines && Runaway(atEnd: false, chunk))
                {
                    return;
                }
            }
            else
            {
                _ready.Append('\n');
                _line++;
                _rowStart = _line;
                _rowLength = 0;
            }
        }
    }

    /// <summary>Notes a row cut as too long; the rest of its line is dropped.</summary>
    private void Cut()
    {
        _skipping = true;
        Note(
            _rowStart,
            IntakeErrorCodes.RowTooLong,
            $"the row is longer than the {_maxLength:N0} characters a row may have (IntakeOptions.MaxRowLength): it "
                + "is cut there and the rest of its line dropped."
        );
    }

    /// <summary>A quoted stretch that does not close: closed at the end of the line its quote opened on, and the text
    /// after that line read again as rows, before <paramref name="rest"/>; gives true when it did so. Without a line
    /// break in it, the row is cut as too long (false: the caller goes on with the rest, skipping to the next
    /// line).</summary>
    private bool Runaway(bool atEnd, ReadOnlySpan<char> rest)
    {
        string held = _held.ToString();
        _held.Clear();
        _quoted = false;
        int newline = held.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0 && !atEnd)
        {
            _ready
                .Append(held.AsSpan(0, Math.Min(held.Length, Math.Max(0, _maxLength - _rowLength))))
                .Append('"')
                .Append('\n');
            Cut();
            return false;
        }
        int end = newline < 0 ? held.Length : newline;
        int close = end > 0 && held[end - 1] == '\r' ? end - 1 : end;
        _ready.Append(held.AsSpan(0, close)).Append('"').Append(held.AsSpan(close, end - close));
        string why = atEnd
            ? "by the end of the file"
            : $"within {_maxLines:N0} lines (IntakeOptions.MaxFieldLines) or {_maxLength:N0} characters";
        Note(
            _rowStart,
            IntakeErrorCodes.UnterminatedQuote,
            $"the quote opened on line {_quoteLine} is not closed {why}; the lines after it are read as rows of "
                + "their own."
        );
        _line = _quoteLine;
        if (newline >= 0)
        {
            _ready.Append('\n');
            _line++;
            // Read again, in order: the held lines after the quote's, then the rest of this stretch, then what was
            // already waiting to be read again.
            if (_againText is not null && _againAt < _againText.Length)
            {
                _again.Push(_againText[_againAt..]);
            }
            _againText = null;
            if (!rest.IsEmpty)
            {
                _again.Push(rest.ToString());
            }
            _again.Push(held[(newline + 1)..]);
        }
        _rowStart = _line;
        _rowLength = 0;
        return true;
    }

    private void Note(int line, string code, string reason) => _flaws.TryAdd(line, (code, reason));

    /// <inheritdoc/>
    public override string ToString() => $"CSV of {_file}";
}
