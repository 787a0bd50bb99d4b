using System;
using System.Runtime.CompilerServices;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>
/// The serial schedule generation scheme over dense arrays: takes activities in list order and starts each at the
/// earliest period at which its predecessors are done and every role it uses has room for its whole duration. Also
/// decodes backwards (on the mirrored network) for justification. One instance per thread; no allocation per decode.
/// </summary>
internal sealed class SerialScheduler
{
    private readonly DenseModel _m;
    private readonly int _horizon;
    private readonly int[] _usage;
    private readonly int[] _backwardStart;
    private readonly int[] _order;
    private readonly int[] _key;
    private int[] _count;
    private readonly int[] _needStart;
    private readonly int[] _needRole;
    private readonly int[] _needUnits;
    private readonly int[] _needLimit;
    private readonly int[] _mirroredBlocked;
    private readonly int[]? _settled;

    internal SerialScheduler(DenseModel model)
    {
        _m = model;
        int longest = 0;
        foreach (int d in model.Duration)
        {
            longest = Math.Max(longest, d);
        }
        _horizon = model.Horizon + longest + 1;
        _usage = new int[_horizon * Math.Max(1, model.R)];
        // Between placements the usage holds the units a varying capacity does not offer (none when it is constant).
        _settled = model.SettledBlocked.AsSpan().IndexOfAnyExcept(0) >= 0 ? model.SettledBlocked : null;
        _mirroredBlocked = model.ProfileLength == 0 ? [] : new int[_usage.Length];
        Load(model.Blocked, _usage.Length);
        _backwardStart = new int[model.N];
        _order = new int[model.N];
        // Ties in time are broken by topological rank, so that a zero-length activity never comes before one it
        // follows.
        _key = new int[model.N];
        _count = new int[_horizon + 2];
        // Each activity's roles in use, as compressed rows, so that placement looks only at them.
        _needStart = new int[model.N + 1];
        var roles = new System.Collections.Generic.List<int>();
        var units = new System.Collections.Generic.List<int>();
        for (int j = 0; j < model.N; j++)
        {
            for (int q = 0; q < model.R; q++)
            {
                if (model.Demand[(j * model.R) + q] > 0)
                {
                    roles.Add(q);
                    units.Add(model.Demand[(j * model.R) + q]);
                }
            }
            _needStart[j + 1] = roles.Count;
        }
        _needRole = [.. roles];
        _needUnits = [.. units];
        // The most a role may already carry in a period for the activity to fit: its ceiling less the demand.
        _needLimit = new int[_needRole.Length];
        for (int k = 0; k < _needLimit.Length; k++)
        {
            _needLimit[k] = model.CapacityCeiling[_needRole[k]] - _needUnits[k];
        }
    }

    /// <summary>Gets how many schedules have been generated (each decode and each justification pass counts
    /// one).</summary>
    internal long Schedules { get; private set; }

    /// <summary>Decodes an activity list into starts; returns the makespan.</summary>
    internal int Decode(ReadOnlySpan<int> list, int[] start) => Place(list, start, backward: false);

    /// <summary>
    /// Justifies a schedule (Valls, Ballestín and Quintanilla): every activity as late as it can go, in order of
    /// decreasing finish, then, when <paramref name="leftward"/>, as early as it can go, in order of increasing start.
    /// Returns the new makespan and leaves the new starts in <paramref name="start"/> when it is no longer; the list is
    /// then rewritten in start order. Without the leftward pass the schedule stays right-justified: as short, but
    /// every activity as late as it can go, which only serves when the makespan is all that counts and nothing has a
    /// release date (the backward pass does not see them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int Justify(int[] start, int makespan, int[] list, bool leftward = true)
    {
        unchecked
        {
            int n = _m.N;
            // Backward: latest finish first, mirrored so that the same placement code serves.
            for (int j = 0; j < n; j++)
            {
                _key[j] = start[j] + _m.Duration[j];
            }
            SortByKey(descending: true);
            int mirrored;
            if (_m.ProfileLength > 0)
            {
                // A varying capacity is mirrored about the schedule's end, so the backward placement sees the
                // capacity of the real periods; its starts then only give the order of the leftward pass, which
                // places every activity on the real capacity (the mirror's end need not be the schedule's).
                LoadMirrored(makespan);
                mirrored = Place(_order, _backwardStart, backward: true);
                Load(_m.Blocked, Math.Min(_usage.Length, Math.Max(makespan, _m.ProfileLength) * _m.R));
                leftward = true;
            }
            else
            {
                mirrored = Place(_order, _backwardStart, backward: true);
            }
            for (int j = 0; j < n; j++)
            {
                _backwardStart[j] = mirrored - _backwardStart[j] - _m.Duration[j];
                _key[j] = _backwardStart[j];
            }
            SortByKey(descending: false);
            if (leftward)
            {
                return Leftward(start, makespan, list);
            }
            if (mirrored > makespan)
            {
                return makespan;
            }
            Array.Copy(_backwardStart, start, n);
            Array.Copy(_order, list, n);
            return mirrored;
        }
    }

    /// <summary>Moves every activity of a schedule as early as it can go, in order of increasing start (the leftward
    /// half of justification, one schedule). Returns the new makespan and leaves the new starts in
    /// <paramref name="start"/> when it is no longer.</summary>
    internal int LeftJustify(int[] start, int makespan)
    {
        Array.Copy(start, _key, _m.N);
        SortByKey(descending: false);
        return Leftward(start, makespan, list: null);
    }

    /// <summary>The leftward pass over the activities in <c>_order</c> (a schedule's start order): each as early as it
    /// can go. Keeps the result in <paramref name="start"/> when it is no longer than <paramref name="makespan"/>, and
    /// then rewrites <paramref name="list"/>, if given, in its start order.</summary>
    private int Leftward(int[] start, int makespan, int[]? list)
    {
        int n = _m.N;
        int justified = Place(_order, _backwardStart, backward: false); // reuse: the pass reads the order only
        if (justified > makespan)
        {
            return makespan;
        }
        Array.Copy(_backwardStart, start, n);
        if (list is not null)
        {
            Array.Copy(start, _key, n);
            SortByKey(descending: false);
            Array.Copy(_order, list, n);
        }
        return justified;
    }

    /// <summary>Orders the activities into <c>_order</c> by <c>_key</c>, a period, ascending (or descending), ties by
    /// topological rank (reversed when descending): a counting sort, stable over the topological order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SortByKey(bool descending)
    {
        unchecked
        {
            int n = _m.N;
            // No successor's key below a predecessor's, so that the order by key is also an order of the links.
            _m.LiftAlongLinks(_key);
            int top = 0;
            for (int j = 0; j < n; j++)
            {
                top = Math.Max(top, _key[j]);
            }
            int[] count = _count.Length > top + 1 ? _count : (_count = new int[top + 2]);
            Array.Clear(count, 0, top + 2);
            for (int j = 0; j < n; j++)
            {
                count[(descending ? top - _key[j] : _key[j]) + 1]++;
            }
            for (int t = 0; t <= top; t++)
            {
                count[t + 1] += count[t];
            }
            var order = _m.Order;
            for (int i = 0; i < n; i++)
            {
                int j = descending ? order[n - 1 - i] : order[i];
                _order[count[descending ? top - _key[j] : _key[j]]++] = j;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Place(ReadOnlySpan<int> list, int[] start, bool backward)
    {
        Schedules++;
        int r = _m.R;
        int[] duration = _m.Duration;
        int[] other = backward ? _m.Successors : _m.Predecessors;
        int[] lag = backward ? _m.SuccessorLag : _m.PredecessorLag;
        int[] rowStart = backward ? _m.SuccessorStart : _m.PredecessorStart;
        int[] usage = _usage;
        int[] needStart = _needStart;
        int[] needRole = _needRole;
        int[] needUnits = _needUnits;
        int[] needLimit = _needLimit;
        int used = 0;
        // The periods and units here are bounded by the horizon and the capacities: no overflow to check.
        unchecked
        {
            foreach (int j in list)
            {
                int earliest = backward ? 0 : _m.Release[j];
                for (int k = rowStart[j]; k < rowStart[j + 1]; k++)
                {
                    int p = other[k];
                    earliest = Math.Max(earliest, start[p] + duration[p] + lag[k]);
                }
                int d = duration[j];
                int t = earliest;
                int first = needStart[j];
                int last = needStart[j + 1];
                if (d > 0 && last > first)
                {
                    // Look from the end of the window back: the latest clash tells how far to jump.
                    int tau = t + d - 1;
                    while (tau >= t)
                    {
                        int cell = tau * r;
                        bool clash = false;
                        for (int k = first; k < last; k++)
                        {
                            if (usage[cell + needRole[k]] > needLimit[k])
                            {
                                clash = true;
                                break;
                            }
                        }
                        if (clash)
                        {
                            t = tau + 1;
                            tau = t + d - 1;
                        }
                        else
                        {
                            tau--;
                        }
                    }
                    for (int u = t; u < t + d; u++)
                    {
                        int cell = u * r;
                        for (int k = first; k < last; k++)
                        {
                            usage[cell + needRole[k]] += needUnits[k];
                        }
                    }
                }
                start[j] = t;
                used = Math.Max(used, t + d);
            }
        }
        Load(_m.Blocked, Math.Min(usage.Length, (used + 1) * Math.Max(1, r)));
        return used;
    }

    /// <summary>Sets the usage of the first cells to a baseline, and beyond its end to what the settled capacity does
    /// not offer (zero unless a role offers more early than it settles at).</summary>
    private void Load(int[] baseline, int cells)
    {
        int copied = Math.Min(cells, baseline.Length);
        Array.Copy(baseline, _usage, copied);
        if (_settled is null)
        {
            Array.Clear(_usage, copied, cells - copied);
            return;
        }
        int r = _m.R;
        for (int cell = copied; cell < cells; cell++)
        {
            _usage[cell] = _settled[cell % r];
        }
    }

    /// <summary>Loads the varying capacity mirrored about period <paramref name="end"/>: mirrored period
    /// <c>t</c> is real period <c>end - 1 - t</c>.</summary>
    private void LoadMirrored(int end)
    {
        int r = _m.R;
        int cells = Math.Min(_mirroredBlocked.Length, Math.Max(end, _m.ProfileLength) * r);
        for (int t = 0; t * r < cells; t++)
        {
            int real = end - 1 - t;
            if (real >= 0 && real < _m.ProfileLength)
            {
                Array.Copy(_m.Blocked, real * r, _mirroredBlocked, t * r, r);
            }
            else
            {
                // Settled periods, and those before the real start (which the leftward pass never uses).
                for (int q = 0; q < r; q++)
                {
                    _mirroredBlocked[(t * r) + q] = _settled?[q] ?? 0;
                }
            }
        }
        Load(_mirroredBlocked, cells);
    }
}
