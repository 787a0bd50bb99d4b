using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Pso.Domain.Reporting.Portfolio;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Reporting.Warnings;

namespace Pso.Domain.Reporting.Rendering;

/// <summary>
/// Writes a <see cref="PortfolioReport"/> as one self-contained HTML page: styles inline, no script, no external
/// resource; the portfolio summary and warnings as tables, and inline SVG charts (the portfolio and each project's
/// earned-value S-curve, each project's Gantt chart with its critical path and baseline and its finish-date
/// distribution, the capacity heat map by role and week). Every chart has a title and a text alternative.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1f2933;
        max-width:1200px}
        h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #cbd2d9}h3{font-size:1.1rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem}
        th,td{border:1px solid #cbd2d9;padding:.25rem .5rem;text-align:left;font-size:.85rem}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        .rag{font-weight:600;padding:0 .4rem;border-radius:3px}.Red{background:#f8d7da}.Amber{background:#fff3cd}
        .Green{background:#d4edda}
        .Critical{color:#a61b1b}.Warning{color:#8a6100}
        figure{margin:1rem 0}figcaption{font-size:.85rem;color:#52606d}
        svg.chart{max-width:100%;height:auto;font-size:11px}
        svg .label{fill:#3e4c59}svg .axis{stroke:#3e4c59}svg .grid{stroke:#e4e7eb}
        svg .bar{fill:#4c6ef5}svg .bar.critical,svg .milestone.critical{fill:#d9480f}svg .milestone{fill:#364fc7}
        svg .baseline{fill:#9aa5b1}
        svg polyline.line{fill:none;stroke-width:2}svg .pv{stroke:#4c6ef5;fill:#4c6ef5}
        svg .ev{stroke:#2b8a3e;fill:#2b8a3e}svg .ac{stroke:#d9480f;fill:#d9480f}
        svg polyline.line.pv,svg polyline.line.ev,svg polyline.line.ac{fill:none}
        svg .u0{fill:#e7f5ff}svg .u1{fill:#74c0fc}svg .u2{fill:#1c7ed6}svg .u3{fill:#e03131}
        svg .histogram{fill:#748ffc}svg .marker{stroke-width:2;stroke-dasharray:4 2}svg .p50{stroke:#2b8a3e}
        svg .p80{stroke:#e8590c}svg .p90{stroke:#c92a2a}svg .deadline{stroke:#000}
        """;

    /// <summary>Writes the report as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write it.</param>
    public static void Write(PortfolioReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToHtml(report));
    }

    /// <summary>Returns the report as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The page.</returns>
    public static string ToHtml(PortfolioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\">"
        );
        html.Append(
            CultureInfo.InvariantCulture,
            $"<title>{Encode(report.Title)}</title><style>{Style}</style></head><body>"
        );
        html.Append(
            CultureInfo.InvariantCulture,
            $"<h1>{Encode(report.Title)}</h1><p>Status date {report.StatusDate:uuuu-MM-dd} "
        );
        html.Append(
            CultureInfo.InvariantCulture,
            $"({Encode(report.StatusPeriod.Label)}); {Encode(report.Portfolio.ToString())}.</p>"
        );

        html.Append("<h2>Portfolio summary</h2>");
        Table(html, ReportTables.Summary(report));
        html.Append("<h2>Early warnings</h2>");
        if (report.Portfolio.Warnings.Any())
        {
            html.Append("<ul class=\"warnings\">");
            foreach (EarlyWarning warning in report.Portfolio.Warnings)
            {
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"<li class=\"{warning.Severity}\"><strong>{warning.Severity}</strong> "
                );
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"{Encode(warning.Project.ToString())} <code>{Encode(warning.Rule)}</code>: "
                );
                html.Append(CultureInfo.InvariantCulture, $"{Encode(warning.Reason)}</li>");
            }
            html.Append("</ul>");
        }
        else
        {
            html.Append("<p>No warnings.</p>");
        }

        int chart = 0;
        string NextId() => $"chart-{++chart}";
        Figure(
            html,
            SvgCharts.SCurve(
                NextId(),
                "the portfolio",
                report.Portfolio.Performance.Cumulative(ControlElement.Portfolio),
                report.StatusDate
            )
        );
        if (report.Resources is { } resources && !resources.ByRole.IsEmpty)
        {
            html.Append("<h2>Capacity</h2>");
            Figure(html, SvgCharts.HeatMap(NextId(), resources.ByRole));
        }
        if (report.Levelling is { } levelling)
        {
            html.Append("<h2>Levelled portfolio</h2>");
            foreach (ProjectSection levelled in levelling.Projects.Where(p => p.Schedule is not null))
            {
                html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(levelled.Project.ToString())}</h3>");
                Figure(html, SvgCharts.Gantt(NextId(), levelled.Schedule!, levelled.Baseline));
            }
            if (levelling.Before is { } before && !before.ByRole.IsEmpty)
            {
                html.Append("<h3>Capacity before levelling</h3>");
                Figure(
                    html,
                    SvgCharts.HeatMap(NextId(), before.ByRole, "Capacity heat map by role and week before levelling")
                );
            }
            if (levelling.After is { } after && !after.ByRole.IsEmpty)
            {
                html.Append("<h3>Capacity after levelling</h3>");
                Figure(
                    html,
                    SvgCharts.HeatMap(NextId(), after.ByRole, "Capacity heat map by role and week after levelling")
                );
            }
        }
        foreach (ProjectAggregate project in report.Portfolio.Projects)
        {
            html.Append(
                CultureInfo.InvariantCulture,
                $"<h2 id=\"{Encode(project.Project.ToString())}\">{Encode(project.Project.ToString())}: "
            );
            html.Append(
                CultureInfo.InvariantCulture,
                $"{Encode(project.Name)} <span class=\"rag {project.Status}\">{project.Status}</span></h2>"
            );
            Figure(
                html,
                SvgCharts.SCurve(
                    NextId(),
                    project.Name,
                    project.Performance.Cumulative(ControlElement.ForProject(project.Project)),
                    report.StatusDate
                )
            );
            if (report.SectionOf(project.Project) is not { } section)
            {
                continue;
            }
            if (section.Schedule is { } schedule)
            {
                Figure(html, SvgCharts.Gantt(NextId(), schedule, section.Baseline));
            }
            if (section.Risk is { } risk)
            {
                Figure(html, SvgCharts.RiskDistribution(NextId(), project.Name, risk.Finish, null));
                Table(html, ReportTables.Risk(risk, 8));
            }
            if (section.Completion is { } completion)
            {
                Table(html, ReportTables.CompletionSummary(completion));
            }
            if (section.Costs is { } costs)
            {
                Table(html, ReportTables.Costs(costs));
            }
            if (section.CostForecast is not null || section.FinishForecast is not null)
            {
                Table(html, ReportTables.Forecasts(section.CostForecast, section.FinishForecast));
            }
        }
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Figure(StringBuilder html, string svg) =>
        html.Append("<figure>").Append(svg).Append("</figure>");

    private static void Table(StringBuilder html, ReportTable table)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table><caption>{Encode(table.Title)}</caption><thead><tr>");
        foreach (string column in table.Columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Encode(column)}</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            html.Append("<tr>");
            foreach (string cell in row)
            {
                bool number =
                    cell.Length > 0
                    && decimal.TryParse(cell.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
                html.Append(number ? "<td class=\"n\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
