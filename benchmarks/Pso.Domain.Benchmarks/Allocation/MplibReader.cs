using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Benchmarks.Allocation;

/// <summary>Reads MPLIB1 multi-project files into one levelling problem: every project's activities (ids
/// <c>project.activity</c>, released at the project's release date), their links, and the shared resources as
/// roles.</summary>
public static class MplibReader
{
    public static LevellingProblem Read(string path)
    {
        string[] tokens = File.ReadAllText(path).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        int at = 0;
        int Next() => int.Parse(tokens[at++], CultureInfo.InvariantCulture);
        static ActivityId Id(int project, int activity) =>
            new(project.ToString(CultureInfo.InvariantCulture) + "." + activity.ToString(CultureInfo.InvariantCulture));

        int projects = Next();
        int resources = Next();
        RoleId[] roles =
        [
            .. Enumerable.Range(1, resources).Select(r => new RoleId("R" + r.ToString(CultureInfo.InvariantCulture))),
        ];
        int[] capacity = [.. Enumerable.Range(0, resources).Select(_ => Next())];
        var activities = new List<LevellingActivity>();
        var links = new List<Precedence>();
        for (int p = 1; p <= projects; p++)
        {
            int count = Next();
            int release = Next();
            at += resources; // which resources the project uses: implied by the demands
            for (int a = 1; a <= count; a++)
            {
                int duration = Next();
                int[] demand = [.. Enumerable.Range(0, resources).Select(_ => Next())];
                activities.Add(
                    new LevellingActivity(Id(p, a), duration)
                    {
                        Project = new ProjectId("P" + p.ToString(CultureInfo.InvariantCulture)),
                        Release = release,
                        Demands =
                        [
                            .. demand.Select((units, r) => new RoleDemand(roles[r], units)).Where(d => d.Units > 0),
                        ],
                    }
                );
                int successors = Next();
                for (int s = 0; s < successors; s++)
                {
                    string[] parts = tokens[at++].Split(':');
                    links.Add(
                        new Precedence(
                            Id(p, a),
                            Id(
                                int.Parse(parts[0], CultureInfo.InvariantCulture),
                                int.Parse(parts[1], CultureInfo.InvariantCulture)
                            )
                        )
                    );
                }
            }
        }
        return new LevellingProblem(activities, links, roles.Select((r, i) => new RoleCapacity(r, capacity[i])));
    }

    public static Dictionary<string, int> ReadBestKnown(string path) =>
        File.ReadLines(path)
            .Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => int.Parse(f[2], CultureInfo.InvariantCulture));
}
