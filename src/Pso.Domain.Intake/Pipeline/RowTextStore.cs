using System;
using System.Collections.Generic;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>Keeps the text of many rows in large shared buffers, without an object per row.</summary>
internal sealed class RowTextStore
{
    private const int ChunkSize = 1 << 20;
    private readonly List<char[]> _chunks = [];
    private int _used = ChunkSize;

    /// <summary>Keeps a row's text.</summary>
    internal RowText Add(ReadOnlySpan<char> text)
    {
        if (text.Length > ChunkSize / 4)
        {
            // A long row gets a buffer of its own.
            _chunks.Add(text.ToArray());
            return new RowText(_chunks.Count - 1, 0, text.Length);
        }
        if (_used + text.Length > ChunkSize || _chunks.Count == 0 || _chunks[^1].Length != ChunkSize)
        {
            _chunks.Add(new char[ChunkSize]);
            _used = 0;
        }
        text.CopyTo(_chunks[^1].AsSpan(_used));
        var kept = new RowText(_chunks.Count - 1, _used, text.Length);
        _used += text.Length;
        return kept;
    }

    /// <summary>Gets a row's text.</summary>
    internal string Get(RowText text) => new(_chunks[text.Chunk], text.Offset, text.Length);
}
