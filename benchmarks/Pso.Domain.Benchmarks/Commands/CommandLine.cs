using System;
using System.Collections.Generic;
using System.Globalization;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary>Reads <c>--name value</c> options of a sub-command.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public CommandLine(IReadOnlyList<string> args, params string[] known)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || Array.IndexOf(known, name[2..]) < 0)
            {
                throw new ArgumentException(
                    $"Unknown option '{name}'. Options: {string.Join(", ", Array.ConvertAll(known, k => "--" + k))}."
                );
            }
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option '{name}' needs a value.");
            }
            _options[name[2..]] = args[++i];
        }
    }

    public int Int(string name, int fallback) =>
        _options.TryGetValue(name, out string? text)
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw new ArgumentException($"--{name} takes a whole number, not '{text}'.")
            : fallback;

    public string? Text(string name) => _options.TryGetValue(name, out string? text) ? text : null;
}
