using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Errors;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>One row being read: its cells copied out of the reader, where it came from, and the errors and warnings
/// found on it. One instance is reused for every row of a run.</summary>
internal sealed class IntakeRow
{
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private int _used;

    // Each distinct cell value is a symbol, looked up once per row and column; what is read from it (a date, a number)
    // is kept with the symbol, so that a value repeated down the file is parsed once.
    private readonly Interner _known = new();
    private int[] _symbols = new int[32];
    private int[] _symbolRows = new int[32];
    private int _rowNumber;
    private ReadBySymbol<LocalDateTime, DateOrder> _dates;
    private ReadBySymbol<decimal, CultureInfo?> _numbers;

    internal IntakeRow(string file, IntakeOptions options, IntakeHeader header)
    {
        File = file;
        Options = options;
        Header = header;
    }

    /// <summary>Gets the file's name.</summary>
    internal string File { get; }

    /// <summary>Gets the options of the run.</summary>
    internal IntakeOptions Options { get; }

    /// <summary>Gets the header.</summary>
    internal IntakeHeader Header { get; }

    /// <summary>Gets the number of cells.</summary>
    internal int Count { get; private set; }

    /// <summary>Gets the line the row starts on.</summary>
    internal int Line { get; private set; }

    // The row's text, verbatim, then the cells that are not parts of it (unquoted, unescaped) copied after it.
    private char[] _text = new char[512];
    private int _textLength;

    /// <summary>Gets the row verbatim, as a new string.</summary>
    internal string Text => new(_text, 0, _textLength);

    /// <summary>Gets the row verbatim, without making a string.</summary>
    internal ReadOnlySpan<char> TextSpan => _text.AsSpan(0, _textLength);

    /// <summary>Gets the errors, or null when there are none.</summary>
    internal List<ValidationError>? Errors { get; private set; }

    /// <summary>Gets the warnings, or null when there are none.</summary>
    internal List<ValidationError>? Warnings { get; private set; }

    /// <summary>Gets the measures read from the row (hours, amounts by currency), for the reconciliation.</summary>
    internal RowMeasures Measures;

    /// <summary>Gets or sets the span of time the row covers, when it says, for the overlap check.</summary>
    internal (LocalDateTime From, LocalDateTime To)? Span { get; set; }

    /// <summary>Starts a new row.</summary>
    internal void Begin(int line, ReadOnlySpan<char> text)
    {
        Line = line;
        if (text.Length > _text.Length)
        {
            _text = new char[Math.Max(text.Length, _text.Length * 2)];
        }
        text.CopyTo(_text);
        _textLength = text.Length;
        Count = 0;
        _used = text.Length;
        _rowNumber++;
        Errors = null;
        Flaws = 0;
        Warnings = null;
        Measures = default;
        Span = null;
    }

    /// <summary>Adds a cell, copied after the row's text.</summary>
    internal void Add(ReadOnlySpan<char> cell)
    {
        if (_used + cell.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _used + cell.Length));
        }
        cell.CopyTo(_text.AsSpan(_used));
        AddAt(_used, cell.Length);
        _used += cell.Length;
    }

    /// <summary>Adds a cell that is, verbatim, a part of the row's text (no copy).</summary>
    internal void AddAt(int start, int length)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
            Array.Resize(ref _symbols, Count * 2);
            Array.Resize(ref _symbolRows, Count * 2);
        }
        _starts[Count] = start;
        _lengths[Count] = length;
        Count++;
    }

    /// <summary>Gets whether every cell is empty.</summary>
    internal bool IsBlank
    {
        get
        {
            if (Errors is not null)
            {
                // A row the feed found broken is never set aside as blank: it is rejected, with its reason.
                return false;
            }
            for (int c = 0; c < Count; c++)
            {
                if (!Cell(c).IsWhiteSpace())
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>Gets a cell, trimmed; empty when the column is missing or the row is short.</summary>
    internal ReadOnlySpan<char> Cell(int column) =>
        column >= 0 && column < Count ? _text.AsSpan(_starts[column], _lengths[column]).Trim() : [];

    /// <summary>Gets a cell as a string, kept once per distinct value.</summary>
    internal string Value(int column)
    {
        int symbol = Symbol(column);
        return symbol >= 0 ? _known[symbol]
            : symbol == Interner.Empty ? ""
            : Cell(column).ToString();
    }

    /// <summary>Gets the symbol of a cell's value (looked up once per row): <see cref="Interner.Empty"/> for an empty
    /// cell, <see cref="Interner.Full"/> when the table has no room left.</summary>
    internal int Symbol(int column)
    {
        if (column < 0 || column >= Count)
        {
            return Interner.Empty;
        }
        if (_symbolRows[column] == _rowNumber)
        {
            return _symbols[column];
        }
        ReadOnlySpan<char> cell = Cell(column);
        int symbol = cell.IsEmpty ? Interner.Empty : _known.Symbol(cell);
        _symbols[column] = symbol;
        _symbolRows[column] = _rowNumber;
        return symbol;
    }

    /// <summary>The identity a reader gives when it has set the row's own (<see cref="IdentifyById"/>): compared by
    /// reference.</summary>
    internal static readonly string OwnIdentity = new('#', 1);

    private char[] _identity = new char[64];
    private int _identityLength;

    /// <summary>Gets the identity set by <see cref="IdentifyById"/>.</summary>
    internal ReadOnlySpan<char> Identity => _identity.AsSpan(0, _identityLength);

    /// <summary>Sets the row's identity to <c>id:</c> and the id, without making a string; gives
    /// <see cref="OwnIdentity"/>, for the reader to return as its key.</summary>
    internal string IdentifyById(ReadOnlySpan<char> id)
    {
        if (id.Length + 3 > _identity.Length)
        {
            _identity = new char[Math.Max(id.Length + 3, 2 * _identity.Length)];
        }
        "id:".CopyTo(_identity);
        id.CopyTo(_identity.AsSpan(3));
        _identityLength = id.Length + 3;
        return OwnIdentity;
    }

    /// <summary>Gets the text of a symbol.</summary>
    internal string TextOf(int symbol) => _known[symbol];

    /// <summary>Gets the symbol of a value taken from this row's cells (found by reference among the cells looked up,
    /// without hashing), or of any other text; <see cref="Interner.Full"/> when the table has no room left.</summary>
    internal int SymbolOf(string value)
    {
        for (int c = 0; c < Count; c++)
        {
            if (CellSymbol(c, value) is int symbol and >= 0)
            {
                return symbol;
            }
        }
        return value.Length == 0 ? Interner.Empty : _known.Symbol(value);
    }

    /// <summary>Gets the symbol of a value taken from a column of this row (no search when it is that cell's value),
    /// or, failing that, as <see cref="SymbolOf"/> does.</summary>
    internal int SymbolAt(int column, string value) =>
        CellSymbol(column, value) is int symbol and >= 0 ? symbol : SymbolOf(value);

    /// <summary>Gets the symbol of a column's cell when this row looked it up and the value is that cell's string
    /// (the same instance); otherwise -1.</summary>
    private int CellSymbol(int column, string value) =>
        column >= 0
        && column < Count
        && _symbolRows[column] == _rowNumber
        && _symbols[column] >= 0
        && ReferenceEquals(_known[_symbols[column]], value)
            ? _symbols[column]
            : -1;

    /// <summary>Gets a cell as a new string (for values that do not repeat, such as ids).</summary>
    internal string Raw(int column) => Cell(column).ToString();

    /// <summary>Gets the name of a column, for messages.</summary>
    internal string NameOf(int column) =>
        column >= 0 && column < Header.Names.Count ? Header.Names[column] : $"column {column + 1}";

    /// <summary>Gets or sets the severity of each rule that the run sets apart from its usual one.</summary>
    internal IReadOnlyDictionary<string, ValidationSeverity>? Severities { get; set; }

    /// <summary>Records an error found before the row was read (by the feed under it).</summary>
    internal void Flaw(ValidationError error)
    {
        (Errors ??= []).Add(error);
        Flaws++;
    }

    /// <summary>Gets how many of <see cref="Errors"/> the feed found (they come first): a row broken as text is
    /// rejected for that alone, not also for the fields its breaking emptied.</summary>
    internal int Flaws { get; private set; }

    /// <summary>Records an error on the row (a warning where the run makes the rule one).</summary>
    internal void Fail(string code, int column, string reason, string? field = null) =>
        Flag(code, column, reason, field, ValidationSeverity.Error);

    /// <summary>Records a warning on the row (an error where the run makes the rule one).</summary>
    internal void Warn(string code, int column, string reason, string? field = null) =>
        Flag(code, column, reason, field, ValidationSeverity.Warning);

    private void Flag(string code, int column, string reason, string? field, ValidationSeverity usual)
    {
        ValidationSeverity severity =
            Severities is { } set && set.TryGetValue(code, out ValidationSeverity s) ? s : usual;
        if (severity == ValidationSeverity.Error)
        {
            (Errors ??= []).Add(Error(code, column, reason, field, severity));
        }
        else
        {
            (Warnings ??= []).Add(Error(code, column, reason, field, severity));
        }
    }

    /// <summary>Makes an error located on this row.</summary>
    internal ValidationError Error(string code, int column, string reason, string? field, ValidationSeverity severity)
    {
        string name = field ?? NameOf(column);
        return new ValidationError(
            code,
            $"{File}, line {Line}, field '{name}': {reason}",
            new ErrorLocation
            {
                File = File,
                Line = Line,
                Column = column >= 0 ? column + 1 : null,
                Field = name,
            },
            severity
        );
    }

    /// <summary>Gets a required text, recording an error when it is empty.</summary>
    internal string Need(int column, string? field = null)
    {
        string value = Value(column);
        if (value.Length == 0)
        {
            Fail(
                IntakeErrorCodes.MissingField,
                column,
                column < 0 ? "the file has no such column." : "it is empty.",
                field
            );
        }
        return value;
    }

    /// <summary>Reads an id: null when empty (an error when required) or invalid (an error).</summary>
    internal TId? Id<TId>(int column, bool required, string? field = null)
        where TId : struct, IEntityId<TId>
    {
        string value = required ? Need(column, field) : Value(column);
        return value.Length == 0 ? null : Id<TId>(value, column, field);
    }

    /// <summary>Reads an id from a value already taken from a cell.</summary>
    internal TId? Id<TId>(string value, int column, string? field = null)
        where TId : struct, IEntityId<TId>
    {
        if (TId.TryParse(value, null, out TId id))
        {
            return id;
        }
        Fail(
            IntakeErrorCodes.BadId,
            column,
            $"'{ErrorText.Quote(value)}' is not a valid id (at most 256 characters, no control characters or "
                + "byte-order marks).",
            field
        );
        return null;
    }

    /// <summary>Reads a date (a time after it is ignored); an error when it cannot be read.</summary>
    internal LocalDate? Date(int column, bool required, DateOrder sourceOrder, string? field = null)
    {
        if (IntakeValues.TryIsoDate(Cell(column), out LocalDate iso))
        {
            return iso;
        }
        string text = required ? Need(column, field) : Value(column);
        return text.Length == 0 ? null : DateTime(column, text, sourceOrder, field)?.Date;
    }

    /// <summary>Reads a date and time from a cell; an error when it cannot be read. Each distinct text is parsed
    /// once.</summary>
    internal LocalDateTime? DateTime(int column, DateOrder sourceOrder, string? field = null) =>
        Value(column) is { Length: > 0 } text ? DateTime(column, text, sourceOrder, field) : null;

    /// <summary>Reads a date and time; an error when it cannot be read. Each distinct text is parsed once.</summary>
    internal LocalDateTime? DateTime(int column, string text, DateOrder sourceOrder, string? field = null)
    {
        // The text is mostly the cell's own, whose symbol keeps the date once read in the run's or the source's order.
        DateOrder order = Options.DateOrder != DateOrder.Unspecified ? Options.DateOrder : sourceOrder;
        int symbol = CellSymbol(column, text);
        if (!_dates.TryGet(symbol, order, out (IntakeValues.Outcome Outcome, LocalDateTime Value) parsed))
        {
            parsed.Outcome = IntakeValues.TryDateTime(text, order, out parsed.Value);
            _dates.Keep(symbol, parsed);
        }
        switch (parsed.Outcome)
        {
            case IntakeValues.Outcome.Read:
                return parsed.Value;
            case IntakeValues.Outcome.Ambiguous:
                Fail(
                    IntakeErrorCodes.AmbiguousDate,
                    column,
                    $"'{ErrorText.Quote(text)}' can be read day first or month first; set IntakeOptions.DateOrder "
                        + "to DateOrder.DayMonthYear or DateOrder.MonthDayYear.",
                    field
                );
                return null;
            default:
                Fail(
                    IntakeErrorCodes.BadDate,
                    column,
                    $"'{ErrorText.Quote(text)}' is not a date in a form intake reads (yyyy-MM-dd, dd/MM/yyyy, "
                        + "MM/dd/yyyy, dd/MMM/yy, MMM d yyyy, with an optional time).",
                    field
                );
                return null;
        }
    }

    /// <summary>Reads a number in the run's culture, or the source's, or detected; null when empty or
    /// unreadable.</summary>
    internal decimal? Number(int column, bool required, CultureInfo? sourceCulture, string? field = null)
    {
        if (IntakeValues.TryPlainNumber(Cell(column), Options.Culture ?? sourceCulture, out decimal plain))
        {
            return plain;
        }
        string text = required ? Need(column, field) : Value(column);
        if (text.Length == 0)
        {
            return null;
        }
        CultureInfo? culture = Options.Culture ?? sourceCulture;
        int symbol = _symbolRows[column] == _rowNumber ? _symbols[column] : -1;
        if (!_numbers.TryGet(symbol, culture, out (IntakeValues.Outcome Outcome, decimal Value) parsed))
        {
            parsed.Outcome = IntakeValues.TryNumber(text, culture, out parsed.Value);
            _numbers.Keep(symbol, parsed);
        }
        decimal value = parsed.Value;
        switch (parsed.Outcome)
        {
            case IntakeValues.Outcome.Read:
                return value;
            case IntakeValues.Outcome.Ambiguous:
                Fail(
                    IntakeErrorCodes.AmbiguousNumber,
                    column,
                    $"'{ErrorText.Quote(text)}' can be read with a decimal point or a decimal comma; set "
                        + "IntakeOptions.Culture to the file's.",
                    field
                );
                return null;
            default:
                string name =
                    culture is null ? "any form intake detects"
                    : culture.Name.Length == 0 ? "the invariant culture"
                    : culture.Name;
                Fail(
                    IntakeErrorCodes.BadNumber,
                    column,
                    $"'{ErrorText.Quote(text)}' is not a number in {name}; set IntakeOptions.Culture to the file's.",
                    field
                );
                return null;
        }
    }

    /// <summary>Reads a currency code (also in the long form <c>Euro - EUR</c>); null when empty or unknown (an
    /// error).</summary>
    internal Currency? CurrencyOf(string? text, int column, string? field = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (Options.Currency is Currency given)
            {
                return given;
            }
            Fail(
                IntakeErrorCodes.MissingCurrency,
                column,
                "the file gives no currency; set IntakeOptions.Currency to the file's.",
                field
            );
            return null;
        }
        string code = text.Trim();
        int dash = code.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0)
        {
            code = code[(dash + 3)..].Trim();
        }
        if (Currency.TryFromCode(code.ToUpperInvariant(), out Currency currency))
        {
            return currency;
        }
        Fail(
            IntakeErrorCodes.UnknownCurrency,
            column,
            $"'{ErrorText.Quote(text)}' is not an ISO 4217 currency code.",
            field
        );
        return null;
    }

    /// <summary>Records a measure for the reconciliation.</summary>
    internal void Measure(string measure, decimal amount) => Measures.Add(measure, amount);

    /// <summary>Notes the row's work, for the reconciliation.</summary>
    internal void Measure(Work work) => Measures.Add(work);

    /// <summary>Gets a yes/no cell: true for yes, true, y, 1; false for no, false, n, 0 and empty; an error
    /// otherwise.</summary>
    internal bool Flag(int column, string? field = null)
    {
        ReadOnlySpan<char> cell = Cell(column);
        if (
            cell.IsEmpty
            || cell.Equals("false", StringComparison.OrdinalIgnoreCase)
            || cell.Equals("no", StringComparison.OrdinalIgnoreCase)
            || cell.Equals("n", StringComparison.OrdinalIgnoreCase)
            || cell is "0"
        )
        {
            return false;
        }
        if (
            cell.Equals("true", StringComparison.OrdinalIgnoreCase)
            || cell.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || cell.Equals("y", StringComparison.OrdinalIgnoreCase)
            || cell is "1"
        )
        {
            return true;
        }
        Fail(IntakeErrorCodes.BadNumber, column, $"'{ErrorText.Quote(cell)}' is not yes or no.", field);
        return false;
    }
}
