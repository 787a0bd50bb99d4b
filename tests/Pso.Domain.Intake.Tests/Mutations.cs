using System;
using System.Text;

namespace Pso.Domain.Intake.Tests;

/// <summary>Seeded damage to a file's text, as files meet it on the way: cut short, bits flipped, stray characters put
/// in (quotes, separators, newlines, byte-order marks, a 5,000-character field, formulas, NULs, huge
/// numbers).</summary>
internal static class Mutations
{
    private static readonly string[] Stray =
    [
        "\"",
        "\n",
        "\r\n",
        ",",
        ";",
        "\uFEFF",
        new string('x', 5_000),
        "=cmd()",
        "\0",
        "99999999999999999999999999999",
        "-",
        "13/15/2026",
    ];

    /// <summary>Gives one mutation of a text.</summary>
    internal static string Of(string original, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                return original[..random.Next(original.Length)];
            case 1:
                byte[] bytes = Encoding.UTF8.GetBytes(original);
                for (int k = random.Next(1, 6); k > 0; k--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }
                return Encoding.UTF8.GetString(bytes);
            default:
                string text = original;
                for (int k = random.Next(1, 4); k > 0; k--)
                {
                    text = text.Insert(random.Next(text.Length), Stray[random.Next(Stray.Length)]);
                }
                return text;
        }
    }
}
