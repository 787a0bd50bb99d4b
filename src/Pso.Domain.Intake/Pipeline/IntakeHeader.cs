using System;
using System.Collections.Generic;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>The header of a file: its column names in order, repeats and all, looked up by name without case.</summary>
internal sealed class IntakeHeader
{
    internal IntakeHeader(IReadOnlyList<string> names) => Names = names;

    /// <summary>Gets the names, trimmed, in file order.</summary>
    internal IReadOnlyList<string> Names { get; }

    /// <summary>Gets the first column with one of these names, or -1.</summary>
    internal int Find(params ReadOnlySpan<string> names)
    {
        foreach (string name in names)
        {
            for (int c = 0; c < Names.Count; c++)
            {
                if (string.Equals(Names[c], name, StringComparison.OrdinalIgnoreCase))
                {
                    return c;
                }
            }
        }
        return -1;
    }

    /// <summary>Gets the first column whose name starts with this prefix, or -1.</summary>
    internal int FindPrefix(string prefix)
    {
        for (int c = 0; c < Names.Count; c++)
        {
            if (Names[c].StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>Gets every column with this name (names repeat in some exports).</summary>
    internal int[] All(string name)
    {
        var found = new List<int>();
        for (int c = 0; c < Names.Count; c++)
        {
            if (string.Equals(Names[c], name, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(c);
            }
        }
        return [.. found];
    }

    /// <summary>Adds to <paramref name="missing"/> each of these names that is not a column.</summary>
    internal void Require(List<string> missing, params ReadOnlySpan<string> names)
    {
        foreach (string name in names)
        {
            if (Find(name) < 0)
            {
                missing.Add(name);
            }
        }
    }

    /// <summary>Gets whether every one of these names is a column.</summary>
    internal bool Has(params ReadOnlySpan<string> names)
    {
        foreach (string name in names)
        {
            if (Find(name) < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Gets the text in brackets in a column's name, such as the currency in <c>Amount (EUR)</c>.</summary>
    internal string? Bracketed(int column)
    {
        if (column < 0)
        {
            return null;
        }
        string name = Names[column];
        int open = name.LastIndexOf('(');
        int close = name.LastIndexOf(')');
        return open >= 0 && close > open + 1 ? name[(open + 1)..close].Trim() : null;
    }
}
