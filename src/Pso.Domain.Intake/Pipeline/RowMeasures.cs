using System.Collections.Generic;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>The measures of one row (hours, amounts by currency): two kept inline, more in an array, so that a row
/// costs no object for them.</summary>
internal struct RowMeasures
{
    private string? _name0;
    private decimal _amount0;
    private string? _name1;
    private decimal _amount1;
    private List<(string Measure, decimal Amount)>? _more;

    /// <summary>Gets the number of measures.</summary>
    internal readonly int Count =>
        _name0 is null ? 0
        : _name1 is null ? 1
        : 2 + (_more?.Count ?? 0);

    /// <summary>Gets a measure.</summary>
    internal readonly (string Measure, decimal Amount) this[int index] =>
        index switch
        {
            0 => (_name0!, _amount0),
            1 => (_name1!, _amount1),
            _ => _more![index - 2],
        };

    /// <summary>The measure of work: its amounts are ticks, so that the books sum them exactly, and become hours when
    /// the books are closed.</summary>
    internal const string Hours = "hours";

    /// <summary>Adds work.</summary>
    internal void Add(Work work) => Add(Hours, work.ToDuration().BclCompatibleTicks);

    /// <summary>Adds a measure.</summary>
    internal void Add(string measure, decimal amount)
    {
        if (_name0 is null)
        {
            (_name0, _amount0) = (measure, amount);
        }
        else if (_name1 is null)
        {
            (_name1, _amount1) = (measure, amount);
        }
        else
        {
            (_more ??= []).Add((measure, amount));
        }
    }
}
