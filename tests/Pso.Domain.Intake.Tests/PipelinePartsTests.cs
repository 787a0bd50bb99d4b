using System;
using System.Collections.Generic;
using System.Linq;
using Pso.Domain.Testing;

namespace Pso.Domain.Intake.Tests;

public class PipelinePartsTests
{
    /// <summary>The key set says what a hash set says, for keys that collide in their low bits, repeat, and include zero.</summary>
    [SeededProperty]
    public bool Key_set_agrees_with_a_hash_set(int[] draws)
    {
        var set = new KeySet();
        var reference = new HashSet<IntakeKey>();
        foreach (int draw in draws.Concat(Enumerable.Range(0, 5_000)))
        {
            // Few high parts and low parts that share their low bits, so that probing wraps and chains.
            var key = new IntakeKey(unchecked(new UInt128((ulong)(draw % 7), (ulong)(draw & ~0xFF) * 0x100)));
            if (set.Add(key) != reference.Add(key) || set.Count != reference.Count)
            {
                return false;
            }
        }
        return reference.All(set.Contains) && !set.Contains(new IntakeKey(new UInt128(99, 1)));
    }

    [Fact]
    public void Symbols_number_each_distinct_value_once_and_give_it_back()
    {
        var interner = new Interner();
        int a = interner.Symbol("R-001"), b = interner.Symbol("R-002");
        Assert.Equal(a, interner.Symbol("R-001".AsSpan()));
        Assert.NotEqual(a, b);
        Assert.Equal("R-002", interner[b]);
        Assert.Same(interner[a], interner[interner.Symbol("R-001")]);
    }

    [Fact]
    public void Keys_are_the_same_in_every_version()
    {
        // Hosts keep keys between runs (IntakeOptions.SeenKeys): a row's key must not change when the code does.
        IntakeResult<Pso.Domain.Costs.TimeEntry> result = IntakeSources.TimeEntries.ReadCsv(new System.IO.StringReader(
            "id,person,project,date,hours\nT1,ana,P1,2026-03-02,8\n,bob,P1,2026-03-02,7.5\n"), "keys.csv");
        Assert.Equal(["e506094be5d354b2749b3d09f78e1211", "5776bcb493bf9c7f48235d9728098826"], result.Keys.Select(k => k.ToString()));
    }
}
