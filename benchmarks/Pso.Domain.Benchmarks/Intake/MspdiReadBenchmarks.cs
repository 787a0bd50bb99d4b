using System.IO;
using BenchmarkDotNet.Attributes;
using Pso.Domain.Benchmarks.Scheduling;
using Pso.Domain.MsProject;

namespace Pso.Domain.Benchmarks.Intake;

/// <summary>Reading a Microsoft Project XML file of a random network, as MspdiWriter writes it.</summary>
[MemoryDiagnoser]
public class MspdiReadBenchmarks
{
    private readonly MspdiReader _reader = new();
    private byte[] _file = [];

    [Params(10_000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        new MspdiWriter().Write(RandomNetworks.Create(Activities, seed: 1), stream);
        _file = stream.ToArray();
    }

    [Benchmark]
    public MspdiFile Read() => _reader.Read(new MemoryStream(_file), "bench.xml", default);
}
