using System;
using System.Collections.Generic;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>What was read from each symbol (a date, a number) in one setting (the date order, the culture); a
/// different setting starts afresh.</summary>
internal struct ReadBySymbol<TValue, TSetting>
{
    private (IntakeValues.Outcome Outcome, TValue Value)[]? _table;
    private TSetting _setting;

    /// <summary>Gets what was read from a symbol in a setting, if it was.</summary>
    internal bool TryGet(int symbol, TSetting setting, out (IntakeValues.Outcome Outcome, TValue Value) read)
    {
        if (!EqualityComparer<TSetting>.Default.Equals(setting, _setting))
        {
            _setting = setting;
            _table = null;
        }
        read = symbol >= 0 && _table is not null && symbol < _table.Length ? _table[symbol] : default;
        return read.Outcome != IntakeValues.Outcome.Unread;
    }

    /// <summary>Keeps what was read from a symbol (nothing for a value without one).</summary>
    internal void Keep(int symbol, (IntakeValues.Outcome Outcome, TValue Value) read)
    {
        if (symbol < 0)
        {
            return;
        }
        _table ??= new (IntakeValues.Outcome, TValue)[Math.Max(64, symbol + 1)];
        if (symbol >= _table.Length)
        {
            Array.Resize(ref _table, Math.Max(symbol + 1, 2 * _table.Length));
        }
        _table[symbol] = read;
    }
}
