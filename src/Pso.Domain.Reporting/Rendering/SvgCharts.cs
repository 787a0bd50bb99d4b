using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using NodaTime;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Resources.Capacity;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Reporting.Rendering;

/// <summary>
/// Inline SVG charts for the HTML report. Every chart is an <c>svg</c> element with <c>role="img"</c>, a
/// <c>title</c> and a <c>desc</c> (its text alternative, the numbers a reader needs) that <c>aria-labelledby</c> names,
/// and a class naming the chart (<c>gantt</c>, <c>s-curve</c>, <c>heat-map</c>, <c>risk-distribution</c>).
/// </summary>
internal static class SvgCharts
{
    private const int Width = 880;
    private const int Left = 190;
    private const int Right = 20;

    internal static string Gantt(string id, ScheduleResult schedule, Baseline? baseline, int maxRows = 60)
    {
        var rows = schedule.Project.Activities.Where(a => a.Kind != ActivityKind.Summary).Take(maxRows).ToList();
        LocalDateTime start = schedule.Start;
        LocalDateTime finish = schedule.Finish;
        foreach (Activity activity in rows)
        {
            if (baseline is not null && baseline.TryGetEntry(activity.Id, out BaselineEntry? entry))
            {
                start = entry.Start < start ? entry.Start : start;
                finish = entry.Finish > finish ? entry.Finish : finish;
            }
            ActivitySchedule dates = schedule[activity.Id];
            start = dates.Start < start ? dates.Start : start;
        }
        int rowHeight = 22;
        int top = 30;
        int height = top + (rows.Count * rowHeight) + 20;
        var scale = new TimeScale(start, finish, Left, Width - Right);
        int critical = rows.Count(a => schedule[a.Id].IsCritical);
        string title = $"Gantt chart of {schedule.Project.Name}";
        string desc =
            $"{rows.Count} activities from {start:uuuu-MM-dd} to {schedule.Finish:uuuu-MM-dd}; {critical} on the "
            + "critical path (drawn in red)"
            + (
                baseline is null
                    ? "."
                    : $"; the baseline '{baseline.Name}' is drawn as a thin grey bar under each activity."
            );
        var svg = Open(id, "gantt", height, title, desc);
        Axis(svg, scale, top - 8, height - 10);
        for (int r = 0; r < rows.Count; r++)
        {
            Activity activity = rows[r];
            ActivitySchedule dates = schedule[activity.Id];
            double y = top + (r * rowHeight);
            svg.Append(
                Invariant($"<text class=\"label\" x=\"{Left - 6}\" y=\"{y + 13}\" ")
                    + Invariant($"text-anchor=\"end\">{Encode(Shorten(activity.Name, 28))}</text>")
            );
            string kind = dates.IsCritical ? "bar critical" : "bar";
            if (activity.Kind == ActivityKind.Milestone)
            {
                double x = scale.X(dates.Finish);
                svg.Append(
                    Invariant(
                        $"<path class=\"milestone{(dates.IsCritical ? " critical" : "")}\" d=\"M{x:0.#} {y + 2} l7 7 "
                    )
                        + Invariant($"l-7 7 l-7 -7 z\"><title>{Encode(activity.Name)}: ")
                        + Invariant($"{dates.Finish:uuuu-MM-dd HH:mm}</title></path>")
                );
            }
            else
            {
                double x1 = scale.X(dates.Start);
                double x2 = Math.Max(scale.X(dates.Finish), x1 + 1);
                svg.Append(
                    Invariant($"<rect class=\"{kind}\" x=\"{x1:0.#}\" y=\"{y + 2}\" width=\"{x2 - x1:0.#}\" ")
                        + Invariant($"height=\"12\"><title>{Encode(activity.Name)}: {dates.Start:uuuu-MM-dd HH:mm} to ")
                        + Invariant($"{dates.Finish:uuuu-MM-dd HH:mm}, total float {dates.TotalFloat.TotalHours:0.#} ")
                        + Invariant($"h</title></rect>")
                );
            }
            if (baseline is not null && baseline.TryGetEntry(activity.Id, out BaselineEntry? entry))
            {
                double b1 = scale.X(entry.Start);
                double b2 = Math.Max(scale.X(entry.Finish), b1 + 1);
                svg.Append(
                    Invariant($"<rect class=\"baseline\" x=\"{b1:0.#}\" y=\"{y + 16}\" width=\"{b2 - b1:0.#}\" ")
                        + Invariant($"height=\"4\"><title>Baseline: {entry.Start:uuuu-MM-dd HH:mm} to ")
                        + Invariant($"{entry.Finish:uuuu-MM-dd HH:mm}</title></rect>")
                );
            }
        }
        return Close(svg);
    }

    internal static string SCurve(
        string id,
        string name,
        ImmutableArray<PeriodPerformance> cumulative,
        LocalDate statusDate
    )
    {
        const int height = 300;
        const int top = 20;
        const int bottom = 260;
        decimal max = cumulative
            .Select(c => Math.Max(c.PlannedValue.Amount, Math.Max(c.EarnedValue.Amount, c.ActualCost.Amount)))
            .DefaultIfEmpty(0m)
            .Max();
        max = max <= 0m ? 1m : max;
        int n = Math.Max(cumulative.Length, 1);
        double X(int i) => Left + ((Width - Right - Left) * (n == 1 ? 0.5 : (double)i / (n - 1)));
        double Y(decimal v) => bottom - ((bottom - top) * (double)(v / max));
        PeriodPerformance? last = cumulative.LastOrDefault(c => c.Period.Start <= statusDate);
        string currency = cumulative.IsEmpty ? "" : cumulative[0].PlannedValue.Currency.Code;
        string desc = last is null
            ? $"No planned value, earned value or actual cost for {name}."
            : $"Cumulative planned value, earned value and actual cost of {name} over {cumulative.Length} periods; "
                + $"at {last.Period.Label}: PV {last.PlannedValue.Amount:N0}, EV {last.EarnedValue.Amount:N0}, AC "
                + $"{last.ActualCost.Amount:N0} {currency}; budget at completion "
                + $"{cumulative[^1].PlannedValue.Amount:N0} {currency}.";
        var svg = Open(id, "s-curve", height, $"Earned value S-curve of {name}", desc);
        svg.Append(
            Invariant(
                $"<line class=\"axis\" x1=\"{Left}\" y1=\"{bottom}\" x2=\"{Width - Right}\" y2=\"{bottom}\"/><line "
            ) + Invariant($"class=\"axis\" x1=\"{Left}\" y1=\"{top}\" x2=\"{Left}\" y2=\"{bottom}\"/>")
        );
        svg.Append(
            Invariant($"<text class=\"label\" x=\"{Left - 6}\" y=\"{top + 4}\" text-anchor=\"end\">{max:N0} ")
                + Invariant($"{currency}</text><text class=\"label\" x=\"{Left - 6}\" y=\"{bottom}\" ")
                + Invariant($"text-anchor=\"end\">0</text>")
        );
        if (!cumulative.IsEmpty)
        {
            svg.Append(
                Invariant($"<text class=\"label\" x=\"{Left}\" ")
                    + Invariant(
                        $"y=\"{bottom + 16}\">{Encode(cumulative[0].Period.Label)}</text><text class=\"label\" "
                    )
                    + Invariant($"x=\"{Width - Right}\" y=\"{bottom + 16}\" ")
                    + Invariant($"text-anchor=\"end\">{Encode(cumulative[^1].Period.Label)}</text>")
            );
        }
        foreach (
            (string cls, Func<PeriodPerformance, decimal> value, bool toStatus) in new (
                string,
                Func<PeriodPerformance, decimal>,
                bool
            )[]
            {
                ("pv", c => c.PlannedValue.Amount, false),
                ("ev", c => c.EarnedValue.Amount, true),
                ("ac", c => c.ActualCost.Amount, true),
            }
        )
        {
            var points = cumulative
                .Select((c, i) => (c, i))
                .Where(p => !toStatus || p.c.Period.Start <= statusDate)
                .Select(p => Invariant($"{X(p.i):0.#},{Y(value(p.c)):0.#}"));
            svg.Append(Invariant($"<polyline class=\"line {cls}\" points=\"{string.Join(' ', points)}\"/>"));
        }
        int legend = Left + 10;
        foreach (
            (string cls, string label) in new[]
            {
                ("pv", "Planned value (PV)"),
                ("ev", "Earned value (EV)"),
                ("ac", "Actual cost (AC)"),
            }
        )
        {
            svg.Append(
                Invariant($"<rect class=\"swatch {cls}\" x=\"{legend}\" y=\"{height - 18}\" width=\"12\" ")
                    + Invariant(
                        $"height=\"4\"/><text class=\"label\" x=\"{legend + 16}\" y=\"{height - 12}\">{label}</text>"
                    )
            );
            legend += 170;
        }
        return Close(svg);
    }

    internal static string HeatMap(
        string id,
        ImmutableArray<PeriodLoad<RoleId>> byRole,
        string title = "Capacity heat map by role and week"
    )
    {
        RoleId[] roles = [.. byRole.Select(l => l.Key).Distinct().Order()];
        var periods = byRole.Select(l => l.Period).Distinct().Order().ToList();
        int cell = Math.Max(8, Math.Min(40, (Width - Right - Left) / Math.Max(periods.Count, 1)));
        int top = 24;
        int height = top + (roles.Length * 24) + 40;
        PeriodLoad<RoleId>? busiest = byRole
            .Where(l => l.Utilisation is not null)
            .OrderByDescending(l => l.Utilisation)
            .FirstOrDefault();
        int over = byRole.Count(l => l.Utilisation > 1m);
        string desc = busiest is null
            ? "No capacity in the period shown."
            : "Booked hours over capacity by role and "
                + $"{(periods.Count > 0 ? periods[0].Unit.ToString().ToLowerInvariant() : "period")} for "
                + $"{roles.Length} roles over {periods.Count} periods; {over} role-periods are over capacity; the "
                + $"busiest is {busiest.Key} in {busiest.Period.Label} at {busiest.Utilisation:P0}.";
        var svg = Open(id, "heat-map", height, title, desc);
        for (int r = 0; r < roles.Length; r++)
        {
            double y = top + (r * 24);
            svg.Append(
                Invariant($"<text class=\"label\" x=\"{Left - 6}\" y=\"{y + 15}\" ")
                    + Invariant($"text-anchor=\"end\">{Encode(roles[r].ToString())}</text>")
            );
            foreach (PeriodLoad<RoleId> load in byRole.Where(l => l.Key == roles[r]))
            {
                int p = periods.IndexOf(load.Period);
                string shade = Shade(load.Utilisation);
                svg.Append(
                    Invariant($"<rect class=\"cell {shade}\" x=\"{Left + (p * cell)}\" y=\"{y}\" width=\"{cell - 1}\" ")
                        + Invariant(
                            $"height=\"22\"><title>{Encode(roles[r].ToString())}, {Encode(load.Period.Label)}: "
                        )
                        + Invariant($"{load.Booked.Hours:0.#} of {load.Capacity.Hours:0.#} h ")
                        + "("
                        + (
                            load.Utilisation is decimal u
                                ? u.ToString("P0", CultureInfo.InvariantCulture)
                                : "no capacity"
                        )
                        + ")</title></rect>"
                );
            }
        }
        if (periods.Count > 0)
        {
            svg.Append(
                Invariant(
                    $"<text class=\"label\" x=\"{Left}\" y=\"{height - 22}\">{Encode(periods[0].Label)}</text><text "
                )
                    + Invariant($"class=\"label\" x=\"{Left + (periods.Count * cell)}\" y=\"{height - 22}\" ")
                    + Invariant($"text-anchor=\"end\">{Encode(periods[^1].Label)}</text>")
            );
        }
        int legend = Left;
        foreach (
            (string shade, string label) in new[]
            {
                ("u0", "under 50%"),
                ("u1", "50-85%"),
                ("u2", "85-100%"),
                ("u3", "over 100%"),
            }
        )
        {
            svg.Append(
                Invariant($"<rect class=\"cell {shade}\" x=\"{legend}\" y=\"{height - 14}\" width=\"12\" ")
                    + Invariant(
                        $"height=\"10\"/><text class=\"label\" x=\"{legend + 16}\" y=\"{height - 5}\">{label}</text>"
                    )
            );
            legend += 120;
        }
        return Close(svg);
    }

    internal static string RiskDistribution(string id, string name, FinishDistribution finish, LocalDateTime? deadline)
    {
        const int height = 290;
        const int top = 20;
        const int bottom = 210;
        ImmutableArray<KeyValuePair<LocalDate, int>> days = finish.ByDay();
        LocalDateTime from = days.IsEmpty ? finish.Deterministic : days[0].Key.AtMidnight();
        LocalDateTime to = days.IsEmpty ? finish.Deterministic : days[^1].Key.PlusDays(1).AtMidnight();
        from = finish.Deterministic < from ? finish.Deterministic.Date.AtMidnight() : from;
        var scale = new TimeScale(from, to, Left, Width - Right);
        int most = days.IsEmpty ? 1 : days.Max(d => d.Value);
        string desc =
            $"Distribution of the finish of {name} over {finish.Finishes.Length} simulated schedules: deterministic "
            + $"finish {finish.Deterministic:uuuu-MM-dd}, P50 {finish.P50:uuuu-MM-dd}, P80 "
            + $"{finish.P80:uuuu-MM-dd}, P90 {finish.P90:uuuu-MM-dd}"
            + (deadline is LocalDateTime d ? $"; {finish.ChanceBy(d):P0} finish by the deadline {d:uuuu-MM-dd}." : ".");
        var svg = Open(id, "risk-distribution", height, $"Finish date distribution of {name}", desc);
        Axis(svg, scale, top - 8, bottom);
        double barWidth = Math.Max(1, scale.X(from.PlusDays(1)) - scale.X(from) - 1);
        foreach ((LocalDate day, int count) in days)
        {
            double x = scale.X(day.AtMidnight());
            double h = (bottom - top) * (double)count / most;
            svg.Append(
                Invariant($"<rect class=\"histogram\" x=\"{x:0.#}\" y=\"{bottom - h:0.#}\" width=\"{barWidth:0.#}\" ")
                    + Invariant($"height=\"{h:0.#}\"><title>{day:uuuu-MM-dd}: {count} schedules</title></rect>")
            );
        }
        foreach (
            (string label, LocalDateTime at, string cls) in new[]
            {
                ("P50", finish.P50, "p50"),
                ("P80", finish.P80, "p80"),
                ("P90", finish.P90, "p90"),
            }.Concat(deadline is LocalDateTime dl ? [("Deadline", dl, "deadline")] : [])
        )
        {
            double x = scale.X(at);
            svg.Append(
                Invariant(
                    $"<line class=\"marker {cls}\" x1=\"{x:0.#}\" y1=\"{top}\" x2=\"{x:0.#}\" y2=\"{bottom}\"/><text "
                )
                    + Invariant($"class=\"label\" x=\"{x + 3:0.#}\" ")
                    + Invariant($"y=\"{bottom + 30 + (cls == "p80" ? 12 : cls == "p90" ? 24 : 0)}\">{label} ")
                    + Invariant($"{at:uuuu-MM-dd}</text>")
            );
        }
        return Close(svg);
    }

    private static string Shade(decimal? utilisation) =>
        utilisation switch
        {
            null => "u0",
            < 0.5m => "u0",
            < 0.85m => "u1",
            <= 1m => "u2",
            _ => "u3",
        };

    private static StringBuilder Open(string id, string chart, int height, string title, string desc)
    {
        var svg = new StringBuilder();
        svg.Append(
            Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {chart}\" id=\"{id}\" role=\"img\" ")
                + Invariant(
                    $"aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" "
                )
                + Invariant($"height=\"{height}\">")
        );
        svg.Append(
            Invariant($"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(desc)}</desc>")
        );
        return svg;
    }

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Axis(StringBuilder svg, TimeScale scale, double top, double bottom)
    {
        foreach (LocalDateTime tick in scale.Ticks())
        {
            double x = scale.X(tick);
            svg.Append(
                Invariant($"<line class=\"grid\" x1=\"{x:0.#}\" y1=\"{top}\" x2=\"{x:0.#}\" y2=\"{bottom}\"/><text ")
                    + Invariant($"class=\"label\" x=\"{x + 2:0.#}\" y=\"{top}\">{tick:MMM d}</text>")
            );
        }
    }

    private static string Shorten(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Maps moments to x positions between two edges, with about eight tick marks on day boundaries.</summary>
    private sealed class TimeScale
    {
        private readonly LocalDateTime _from;
        private readonly double _seconds;
        private readonly double _left;
        private readonly double _right;

        internal TimeScale(LocalDateTime from, LocalDateTime to, double left, double right)
        {
            _from = from;
            _seconds = Math.Max(3600, Seconds(from, to));
            _left = left;
            _right = right;
        }

        internal double X(LocalDateTime at) => _left + ((_right - _left) * Seconds(_from, at) / _seconds);

        internal IEnumerable<LocalDateTime> Ticks()
        {
            int days = Math.Max(1, (int)Math.Ceiling(_seconds / 86_400 / 8));
            for (
                LocalDateTime tick = _from.Date.PlusDays(1).AtMidnight();
                Seconds(_from, tick) <= _seconds;
                tick = tick.PlusDays(days)
            )
            {
                yield return tick;
            }
        }

        private static double Seconds(LocalDateTime from, LocalDateTime to) => Moments.Between(from, to).TotalSeconds;
    }
}
