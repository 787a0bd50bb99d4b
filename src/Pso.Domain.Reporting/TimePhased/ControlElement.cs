using System;

namespace Pso.Domain.Reporting.TimePhased;

/// <summary>
/// What a line of a time-phased report is about: the portfolio, a project, or an activity, WBS element or cost account
/// of a project, named by <see cref="Code"/> (the activity id, the WBS code or the cost account id). Lines that name
/// no activity, WBS element or cost account are reported under the empty code, never left out.
/// </summary>
/// <param name="Level">The level of the breakdown.</param>
/// <param name="Project">The project; empty for the portfolio.</param>
/// <param name="Code">The activity id, WBS code or cost account id; empty for a project, the portfolio, or lines that
/// name none.</param>
public readonly record struct ControlElement(RollUpLevel Level, ProjectId Project, string Code)
    : IComparable<ControlElement>
{
    /// <summary>Gets the element that stands for the whole portfolio.</summary>
    public static ControlElement Portfolio { get; } = new(RollUpLevel.Portfolio, default, "");

    /// <summary>Returns the element that stands for a whole project.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The element.</returns>
    public static ControlElement ForProject(ProjectId project) => new(RollUpLevel.Project, project, "");

    /// <summary>Compares two elements.</summary>
    /// <param name="left">An element.</param>
    /// <param name="right">Another element.</param>
    /// <returns>Whether <paramref name="left"/> comes first.</returns>
    public static bool operator <(ControlElement left, ControlElement right) => left.CompareTo(right) < 0;

    /// <summary>Compares two elements.</summary>
    /// <param name="left">An element.</param>
    /// <param name="right">Another element.</param>
    /// <returns>Whether <paramref name="left"/> comes first or is the same.</returns>
    public static bool operator <=(ControlElement left, ControlElement right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two elements.</summary>
    /// <param name="left">An element.</param>
    /// <param name="right">Another element.</param>
    /// <returns>Whether <paramref name="left"/> comes after.</returns>
    public static bool operator >(ControlElement left, ControlElement right) => left.CompareTo(right) > 0;

    /// <summary>Compares two elements.</summary>
    /// <param name="left">An element.</param>
    /// <param name="right">Another element.</param>
    /// <returns>Whether <paramref name="left"/> comes after or is the same.</returns>
    public static bool operator >=(ControlElement left, ControlElement right) => left.CompareTo(right) >= 0;

    /// <summary>Orders elements by level, project, then code (ordinal).</summary>
    /// <param name="other">The other element.</param>
    /// <returns>The order.</returns>
    public int CompareTo(ControlElement other)
    {
        int order = Level.CompareTo(other.Level);
        if (order == 0)
        {
            order = Project.CompareTo(other.Project);
        }
        return order != 0 ? order : string.CompareOrdinal(Code, other.Code);
    }

    /// <summary>Returns a short label: the project, then the code if there is one.</summary>
    /// <returns>The label.</returns>
    public override string ToString() =>
        Level switch
        {
            RollUpLevel.Portfolio => "portfolio",
            RollUpLevel.Project => Project.ToString(),
            _ => Code.Length == 0 ? $"{Project} (unassigned)" : $"{Project} {Code}",
        };
}
