using System;

namespace Pso.Domain.Allocation;

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
    private readonly long[] _keys;
    private readonly int[] _rank;

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
        _backwardStart = new int[model.N];
        _order = new int[model.N];
        _keys = new long[model.N];
        // Ties in time are broken by topological rank, so that a zero-length activity never comes before one it follows.
        _rank = new int[model.N];
        for (int i = 0; i < model.Order.Length; i++)
        {
            _rank[model.Order[i]] = i;
        }
    }

    /// <summary>Gets how many schedules have been generated (each decode and each justification pass counts one).</summary>
    internal long Schedules { get; private set; }

    /// <summary>Decodes an activity list into starts; returns the makespan.</summary>
    internal int Decode(ReadOnlySpan<int> list, int[] start) => Place(list, start, backward: false);

    /// <summary>
    /// Justifies a schedule (Valls, Ballestín and Quintanilla): every activity as late as it can go, in order of
    /// decreasing finish, then as early as it can go, in order of increasing start. Returns the new makespan and leaves
    /// the new starts in <paramref name="start"/> when it is no longer; the list is rewritten in start order.
    /// </summary>
    internal int Justify(int[] start, int makespan, int[] list)
    {
        int n = _m.N;
        // Backward: latest finish first, mirrored so that the same placement code serves.
        for (int j = 0; j < n; j++)
        {
            _order[j] = j;
            _keys[j] = -(((long)(start[j] + _m.Duration[j]) << 20) + _rank[j]);
        }
        Array.Sort(_keys, _order);
        int mirrored = Place(_order, _backwardStart, backward: true);
        for (int j = 0; j < n; j++)
        {
            _backwardStart[j] = mirrored - _backwardStart[j] - _m.Duration[j];
            _order[j] = j;
            _keys[j] = ((long)_backwardStart[j] << 20) + _rank[j];
        }
        Array.Sort(_keys, _order);
        int[] forward = _backwardStart; // reuse: the forward pass reads the order only
        int justified = Place(_order, forward, backward: false);
        if (justified <= makespan)
        {
            Array.Copy(forward, start, n);
            for (int j = 0; j < n; j++)
            {
                _order[j] = j;
                _keys[j] = ((long)start[j] << 20) + _rank[j];
            }
            Array.Sort(_keys, _order);
            Array.Copy(_order, list, n);
            return justified;
        }
        return makespan;
    }

    private int Place(ReadOnlySpan<int> list, int[] start, bool backward)
    {
        Schedules++;
        int r = _m.R;
        int[] duration = _m.Duration;
        int[] demand = _m.Demand;
        int[] capacity = _m.Capacity;
        int[] other = backward ? _m.Successors : _m.Predecessors;
        int[] lag = backward ? _m.SuccessorLag : _m.PredecessorLag;
        int[] rowStart = backward ? _m.SuccessorStart : _m.PredecessorStart;
        int used = 0;
        foreach (int j in list)
        {
            int earliest = backward ? 0 : _m.Release[j];
            for (int k = rowStart[j]; k < rowStart[j + 1]; k++)
            {
                int p = other[k];
                earliest = Math.Max(earliest, start[p] + duration[p] + lag[k]);
            }
            int d = duration[j];
            int row = j * r;
            int t = earliest;
            if (d > 0)
            {
                while (true)
                {
                    // Look from the end of the window back: the latest clash tells how far to jump.
                    int clash = -1;
                    for (int tau = t + d - 1; tau >= t && clash < 0; tau--)
                    {
                        int cell = tau * r;
                        for (int q = 0; q < r; q++)
                        {
                            if (_usage[cell + q] + demand[row + q] > capacity[q])
                            {
                                clash = tau;
                                break;
                            }
                        }
                    }
                    if (clash < 0)
                    {
                        break;
                    }
                    t = clash + 1;
                }
                for (int tau = t; tau < t + d; tau++)
                {
                    int cell = tau * r;
                    for (int q = 0; q < r; q++)
                    {
                        _usage[cell + q] += demand[row + q];
                    }
                }
            }
            start[j] = t;
            used = Math.Max(used, t + d);
        }
        Array.Clear(_usage, 0, Math.Min(_usage.Length, (used + 1) * Math.Max(1, r)));
        return used;
    }
}
