using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Pso.Domain.Intake.Storage;

/// <summary>Hints to the processor that a value will be read soon, so that a lookup settled later (a row later) does
/// not wait on memory; nothing where the processor has no such hint.</summary>
internal static class CacheLine
{
    /// <summary>Starts fetching the cache line that holds a value. The value is not pinned: should the collector move
    /// it meanwhile, the hint goes to the old address, which costs nothing (a prefetch never faults).</summary>
    internal static unsafe void Prefetch<T>(ref T value)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref value));
        }
    }
}
