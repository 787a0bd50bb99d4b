using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;

namespace Pso.Domain.Benchmarks.Allocation;

/// <summary>Reads PSPLIB single-mode RCPSP files (<c>.sm</c>) into levelling problems: jobs become activities (the
/// dummy source and sink included), the renewable resources R1..Rn roles, the precedence relations finish-to-start
/// links.</summary>
public static class PsplibReader
{
    public static (LevellingProblem Problem, int CriticalPath) Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        int Section(string title) => Array.FindIndex(lines, l => l.StartsWith(title, StringComparison.Ordinal));
        static int[] Numbers(string line) =>
            [
                .. line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Where(t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                    .Select(t => int.Parse(t, CultureInfo.InvariantCulture)),
            ];

        int jobs = Numbers(lines.First(l => l.StartsWith("jobs", StringComparison.Ordinal)))[0];
        int info = Section("PROJECT INFORMATION");
        int criticalPath = Numbers(lines[info + 2])[5];
        int precedence = Section("PRECEDENCE RELATIONS") + 2;
        int requests = Section("REQUESTS/DURATIONS") + 3;
        int availability = Section("RESOURCEAVAILABILITIES") + 2;
        int[] capacities = Numbers(lines[availability]);
        RoleId[] roles =
        [
            .. Enumerable
                .Range(1, capacities.Length)
                .Select(r => new RoleId("R" + r.ToString(CultureInfo.InvariantCulture))),
        ];
        static ActivityId Job(int number) => new(number.ToString(CultureInfo.InvariantCulture));

        var activities = new List<LevellingActivity>(jobs);
        for (int j = 0; j < jobs; j++)
        {
            int[] row = Numbers(lines[requests + j]);
            activities.Add(
                new LevellingActivity(Job(row[0]), row[2])
                {
                    Demands =
                    [
                        .. row.Skip(3).Select((units, r) => new RoleDemand(roles[r], units)).Where(d => d.Units > 0),
                    ],
                }
            );
        }
        var links = new List<Precedence>();
        for (int j = 0; j < jobs; j++)
        {
            int[] row = Numbers(lines[precedence + j]);
            links.AddRange(row.Skip(3).Take(row[2]).Select(s => new Precedence(Job(row[0]), Job(s))));
        }
        return (
            new LevellingProblem(activities, links, roles.Select((r, i) => new RoleCapacity(r, capacities[i]))),
            criticalPath
        );
    }

    public static Dictionary<string, (int LowerBound, int UpperBound, bool Optimal)> ReadReference(string path) =>
        File.ReadLines(path)
            .Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(
                f => f[0],
                f =>
                    (
                        int.Parse(f[1], CultureInfo.InvariantCulture),
                        int.Parse(f[2], CultureInfo.InvariantCulture),
                        f[3] == "true"
                    )
            );
}
