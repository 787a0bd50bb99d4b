using System.Collections.Generic;

namespace Pso.Domain.Reporting.Warnings;

/// <summary>
/// A rule that looks at one project's status and raises early warnings. Integrators add their own through DI
/// (<c>AddWarningRule&lt;T&gt;()</c>); a rule must be stateless and thread-safe, and should give each warning a reason
/// a person can act on and the numbers behind it.
/// </summary>
public interface IEarlyWarningRule
{
    /// <summary>Gets the rule's name: short, stable, in kebab case (such as <c>cost-performance</c>).</summary>
    string Name { get; }

    /// <summary>Evaluates the rule on a project's status.</summary>
    /// <param name="status">The project's status.</param>
    /// <param name="thresholds">The thresholds configured.</param>
    /// <returns>The warnings raised; none when the rule's facts are missing or all is well.</returns>
    IEnumerable<EarlyWarning> Evaluate(ProjectStatus status, WarningThresholds thresholds);
}
