using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Pso.Domain.Reporting.Warnings;

/// <summary>
/// A warning raised by a named rule about a project, with its severity, a reason a person can act on, and the
/// numbers behind it (such as <c>CPI = 0.87</c> against <c>threshold = 0.90</c>).
/// </summary>
/// <remarks>An immutable value; two warnings are equal when rule, project, severity, reason and figures are.</remarks>
public sealed record EarlyWarning
{
    /// <summary>Initialises a warning.</summary>
    /// <param name="rule">The name of the rule that raised it.</param>
    /// <param name="project">The project.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="reason">The reason, in words.</param>
    /// <param name="figures">The numbers behind it, by name.</param>
    public EarlyWarning(
        string rule,
        ProjectId project,
        WarningSeverity severity,
        string reason,
        IEnumerable<KeyValuePair<string, decimal>>? figures = null
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Rule = rule;
        Project = project;
        Severity = severity;
        Reason = reason;
        Figures = [.. (figures ?? []).OrderBy(f => f.Key, StringComparer.Ordinal)];
    }

    /// <summary>Gets the name of the rule that raised the warning.</summary>
    public string Rule { get; }

    /// <summary>Gets the project.</summary>
    public ProjectId Project { get; }

    /// <summary>Gets the severity.</summary>
    public WarningSeverity Severity { get; }

    /// <summary>Gets the reason, in words.</summary>
    public string Reason { get; }

    /// <summary>Gets the numbers behind the warning, by name (ordinal order).</summary>
    public ImmutableArray<KeyValuePair<string, decimal>> Figures { get; }

    /// <summary>Returns the red-amber-green status that a set of warnings gives a project.</summary>
    /// <param name="warnings">The project's warnings.</param>
    /// <returns>Red with a critical warning, amber with a warning, green otherwise.</returns>
    public static RagStatus StatusOf(IEnumerable<EarlyWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        WarningSeverity worst = WarningSeverity.Watch;
        foreach (EarlyWarning warning in warnings)
        {
            worst = warning.Severity > worst ? warning.Severity : worst;
        }
        return worst switch
        {
            WarningSeverity.Critical => RagStatus.Red,
            WarningSeverity.Warning => RagStatus.Amber,
            _ => RagStatus.Green,
        };
    }

    /// <inheritdoc />
    public bool Equals(EarlyWarning? other) =>
        other is not null
        && Rule == other.Rule
        && Project == other.Project
        && Severity == other.Severity
        && Reason == other.Reason
        && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Project, Severity, Reason);

    /// <summary>Gets the order of warnings in reports: by project, then most severe first, then rule and reason
    /// (ordinal).</summary>
    public static IComparer<EarlyWarning> ReportOrder { get; } =
        Comparer<EarlyWarning>.Create((x, y) => x.CompareTo(y));

    private int CompareTo(EarlyWarning other)
    {
        int order = Project.CompareTo(other.Project);
        if (order == 0)
        {
            order = other.Severity.CompareTo(Severity);
        }
        if (order == 0)
        {
            order = string.CompareOrdinal(Rule, other.Rule);
        }
        return order != 0 ? order : string.CompareOrdinal(Reason, other.Reason);
    }

    /// <summary>Returns the warning as one line: severity, project, rule and reason.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Severity} {Project} [{Rule}] {Reason}";
}
