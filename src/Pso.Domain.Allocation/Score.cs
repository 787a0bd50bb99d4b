using System;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Allocation;

/// <summary>
/// The score of a solution: penalties by level, lower is better, compared hard first, then medium, then soft; and the
/// named terms they come from.
/// </summary>
public sealed class Score : IComparable<Score>, IEquatable<Score>
{
    /// <summary>Initialises a score from its terms.</summary>
    /// <param name="terms">The terms.</param>
    public Score(ImmutableArray<ScoreTerm> terms)
    {
        Terms = terms.IsDefault ? [] : terms;
        Hard = Sum(ScoreLevel.Hard);
        Medium = Sum(ScoreLevel.Medium);
        Soft = Sum(ScoreLevel.Soft);
    }

    /// <summary>Gets the terms, in the objective's order.</summary>
    public ImmutableArray<ScoreTerm> Terms { get; }

    /// <summary>Gets the hard penalty; 0 for every solution the solver returns.</summary>
    public long Hard { get; }

    /// <summary>Gets the medium penalty.</summary>
    public long Medium { get; }

    /// <summary>Gets the soft penalty.</summary>
    public long Soft { get; }

    /// <summary>Gets a term by name.</summary>
    /// <param name="name">The term's name.</param>
    /// <returns>The term.</returns>
    /// <exception cref="UnknownIdException">The score has no such term.</exception>
    public ScoreTerm this[string name] =>
        Terms.FirstOrDefault(t => t.Name == name)
        ?? throw new UnknownIdException(
            AllocationErrorCodes.UnknownTerm,
            name,
            $"The score has no term '{name}'; it has {string.Join(", ", Terms.Select(t => t.Name))}."
        );

    /// <inheritdoc/>
    public int CompareTo(Score? other)
    {
        if (other is null)
        {
            return 1;
        }
        int hard = Hard.CompareTo(other.Hard);
        if (hard != 0)
        {
            return hard;
        }
        int medium = Medium.CompareTo(other.Medium);
        return medium != 0 ? medium : Soft.CompareTo(other.Soft);
    }

    /// <inheritdoc/>
    public bool Equals(Score? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Score);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Hard, Medium, Soft);

    /// <summary>Gets the score as <c>0hard/12medium/3400soft</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Hard}hard/{Medium}medium/{Soft}soft";

    /// <summary>Tells whether two scores are equal at every level.</summary>
    /// <param name="left">One score.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Score? left, Score? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two scores differ at some level.</summary>
    /// <param name="left">One score.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Score? left, Score? right) => !(left == right);

    /// <summary>Tells whether a score is better (lower) than another.</summary>
    /// <param name="left">One score.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether the first is lower.</returns>
    public static bool operator <(Score? left, Score? right) => Compare(left, right) < 0;

    /// <summary>Tells whether a score is no worse than another.</summary>
    /// <param name="left">One score.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether the first is not higher.</returns>
    public static bool operator <=(Score? left, Score? right) => Compare(left, right) <= 0;

    /// <summary>Tells whether a score is worse (higher) than another.</summary>
    /// <param name="left">One score.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether the first is higher.</returns>
    public static bool operator >(Score? left, Score? right) => Compare(left, right) > 0;

    /// <summary>Tells whether a score is no better than another.</summary>
    /// <param name="left">One score.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether the first is not lower.</returns>
    public static bool operator >=(Score? left, Score? right) => Compare(left, right) >= 0;

    private static int Compare(Score? left, Score? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private long Sum(ScoreLevel level)
    {
        long total = 0;
        foreach (ScoreTerm term in Terms)
        {
            if (term.Level == level)
            {
                total = checked(total + term.Penalty);
            }
        }
        return total;
    }
}
