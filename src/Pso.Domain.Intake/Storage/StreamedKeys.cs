using System;
using System.Collections.Generic;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Errors;
using Pso.Domain.Intake.TimeEntries;

namespace Pso.Domain.Intake.Storage;

/// <summary>
/// The keys of a streaming run of time entries, each looked up one row late: a row's key is held, its place in the key
/// set fetched into the cache meanwhile, and settled once the next row is read, so that the lookup seldom waits on
/// memory. Up to <see cref="IntakeOptions.KeysInMemory"/> keys the key set finds the repeats; past it, further keys go
/// to the overflow files, whose repeats are found once every row is read. A repeat has by then gone to the rules and
/// the spill: it is taken back out of the rules and marked, to be handed on as a duplicate when the spill is read back.
/// </summary>
internal sealed class StreamedKeys(int inMemory, long expected = 0) : IDisposable
{
    private readonly KeySet _seen = new((int)Math.Min(expected, inMemory));
    private KeyOverflow? _overflow;
    private IndexSet? _repeats;
    private bool _holding;
    private IntakeKey _key;
    private long _index;
    private long _day;
    private Work _hours;
    private List<ValidationError>? _warnings;

    /// <summary>Holds the key of a row passed on to the rules and the spill, with its index there, its day key, its
    /// hours and its warnings (handed on once the row is known not to be a repeat).</summary>
    internal void Hold(IntakeKey key, long index, long day, Work hours, List<ValidationError>? warnings)
    {
        (_key, _index, _day, _hours, _warnings, _holding) = (key, index, day, hours, warnings, true);
        if (_overflow is null)
        {
            _seen.Prefetch(key);
        }
    }

    /// <summary>Settles the key held, if any: a repeat leaves the rules; otherwise the row's warnings are handed
    /// on.</summary>
    internal void Settle(TimeEntryRules rules, IIntakeSink<TimeEntry> sink)
    {
        if (!_holding)
        {
            return;
        }
        _holding = false;
        bool repeat;
        if (_overflow is null)
        {
            repeat = !_seen.Add(_key);
            if (!repeat && _seen.Count >= inMemory)
            {
                // The key set is full: it still finds repeats of the keys it holds; the files find the others.
                _overflow = new KeyOverflow();
            }
        }
        else
        {
            repeat = _seen.Contains(_key);
            if (!repeat)
            {
                _overflow.Add(_key, _index, _day, _hours);
            }
        }
        if (repeat)
        {
            Repeat(rules, _index, _day, _hours);
        }
        else if (_warnings is not null)
        {
            foreach (ValidationError warning in _warnings)
            {
                sink.Warn(warning);
            }
        }
    }

    /// <summary>Finds the repeats left in the overflow files and leaves every repeat out of the rules' judging; gives
    /// the indices of the repeats, or null when there are none.</summary>
    internal IndexSet? Finish(TimeEntryRules rules)
    {
        if (_overflow is not null)
        {
            _overflow.Resolve((index, day, hours) => Repeat(rules, index, day, hours));
            _overflow.Dispose();
            _overflow = null;
        }
        if (_repeats is not null)
        {
            rules.Withdrawn(_repeats.Contains);
        }
        return _repeats;
    }

    /// <inheritdoc/>
    public void Dispose() => _overflow?.Dispose();

    private void Repeat(TimeEntryRules rules, long index, long day, Work hours)
    {
        (_repeats ??= new IndexSet()).Add(index);
        rules.Withdraw(index, day, hours);
    }
}
