using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Utility;

namespace Pso.Domain.Reporting.Warnings;

/// <summary>
/// Runs early-warning rules over projects: the built-in rules (unless left out) and any others given, with the
/// thresholds configured. Stateless and thread-safe.
/// </summary>
public sealed class EarlyWarningEngine
{
    /// <summary>Initialises the engine.</summary>
    /// <param name="rules">The rules; the built-in rules when null.</param>
    /// <param name="thresholds">The thresholds; the defaults when null.</param>
    /// <exception cref="ArgumentException">Two rules share a name.</exception>
    public EarlyWarningEngine(IEnumerable<IEarlyWarningRule>? rules = null, WarningThresholds? thresholds = null)
    {
        Rules = rules is null ? EarlyWarningRules.All : [.. rules];
        string? twice = Rules.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        Preconditions.CheckArgument(twice is null, nameof(rules), $"Two early-warning rules are named '{twice}'.");
        Thresholds = thresholds ?? new WarningThresholds();
    }

    /// <summary>Gets the rules, in the order they run.</summary>
    public ImmutableArray<IEarlyWarningRule> Rules { get; }

    /// <summary>Gets the thresholds.</summary>
    public WarningThresholds Thresholds { get; }

    /// <summary>Evaluates every rule on a project's status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The warnings, most severe first.</returns>
    public ImmutableArray<EarlyWarning> Evaluate(ProjectStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return [.. Rules.SelectMany(r => r.Evaluate(status, Thresholds)).Order(EarlyWarning.ReportOrder)];
    }
}
