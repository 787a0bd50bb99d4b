using System.Collections.Generic;

namespace Pso.Domain.Intake.Storage;

/// <summary>Hashes a long by Fibonacci mixing, so that keys built from two numbers (a person and a day) spread
/// well.</summary>
internal sealed class MixedHash : IEqualityComparer<long>
{
    internal static readonly MixedHash Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj) => unchecked((int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32));
}
