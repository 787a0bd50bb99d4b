using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Pso.Domain.Reporting.Rendering;
using Pso.Domain.Testing;

namespace Pso.Domain.Reporting.Tests;

public class RenderingTests
{
    [Fact]
    public void Csv_escapes_cells_a_spreadsheet_would_run_as_formulas_but_not_numbers()
    {
        var table = new ReportTable(
            "t",
            ["Name", "Amount"],
            [
                ["=HYPERLINK(\"http://x\")", "-10000.00"],
                ["+1+2", "12.5"],
                ["@SUM(A1)", "-"],
                ["plain, with comma", "'quoted"],
            ]
        );

        string csv = ReportWriter.ToText(table, ReportFormat.Csv);

        Assert.Equal(
            "Name,Amount\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-10000.00\r\n'+1+2,12.5\r\n'@SUM(A1),'-\r\n\"plain, "
                + "with comma\",''quoted\r\n",
            csv
        );
        Assert.Equal(table, ReportWriter.ReadCsv("t", new StringReader(csv)));
    }

    [SeededProperty]
    public bool Csv_reads_back_what_it_wrote(string first, string[] cells)
    {
        // At least one cell: a table has columns.
        string[] row = [.. (cells ?? []).Prepend(first).Select(c => c ?? "").Take(6)];
        var table = new ReportTable("t", row.Select((_, i) => $"c{i}"), [row, [.. row.Reverse()]]);

        return ReportWriter.ReadCsv("t", new StringReader(ReportWriter.ToText(table, ReportFormat.Csv))).Equals(table);
    }

    [Fact]
    public void Markdown_escapes_pipes_and_line_breaks()
    {
        var table = new ReportTable(
            "Risks | issues",
            ["A", "B"],
            [
                ["x|y", "line\nbreak"],
            ]
        );

        Assert.Equal(
            "### Risks \\| issues\n\n| A | B |\n| --- | --- |\n| x\\|y | line<br>break |\n",
            ReportWriter.ToText(table, ReportFormat.Markdown)
        );
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("</svg><img src=x onerror=alert(1)>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("![x](http://attacker/p.png)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("`code` *bold* _em_ ~~gone~~")]
    public void Markdown_writes_every_value_as_inert_text(string hostile)
    {
        var table = new ReportTable(
            hostile,
            [hostile],
            [
                [hostile],
            ]
        );

        string markdown = ReportWriter.ToText(table, ReportFormat.Markdown);

        Assert.DoesNotContain("<", markdown.Replace("<br>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("](", markdown, StringComparison.Ordinal);
        foreach (char c in "*_`[]()!~")
        {
            Assert.DoesNotMatch($@"(?<!\\){System.Text.RegularExpressions.Regex.Escape(c.ToString())}", markdown);
        }
    }

    [Fact]
    public void Markdown_escapes_html_entities_and_keeps_numbers_plain()
    {
        var table = new ReportTable(
            "Risks & <issues>",
            ["A"],
            [
                ["-12.50"],
                ["Tom's \"plan\""],
            ]
        );

        Assert.Equal(
            "### Risks &amp; &lt;issues&gt;\n\n| A |\n| --- |\n| -12.50 |\n| Tom&#39;s &quot;plan&quot; |\n",
            ReportWriter.ToText(table, ReportFormat.Markdown)
        );
    }

    [Fact]
    public void Every_public_report_type_serializes_to_json_the_portfolio_report_included()
    {
        PortfolioReport report = ReportFixture.Create();
        ProjectSection section = report.Sections.Single();

        using JsonDocument whole = JsonDocument.Parse(ReportJson.Serialize(report));
        Assert.Equal(JsonValueKind.Array, whole.RootElement.GetProperty("sections").ValueKind);
        Assert.NotEmpty(ReportJson.Serialize(section));
        Assert.NotEmpty(ReportJson.Serialize(report.Portfolio));
        Assert.NotEmpty(ReportJson.Serialize(report.Summary[0]));
        Assert.NotEmpty(ReportJson.Serialize(report.Portfolio.Warnings.FirstOrDefault()));
        Assert.NotEmpty(ReportJson.Serialize(report.Portfolio.Performance.Cells[0]));
    }

    [Fact]
    public void Every_report_becomes_a_table_and_json()
    {
        PortfolioReport report = ReportFixture.Create();
        ProjectSection section = report.Sections.Single();

        ReportTable[] tables =
        [
            ReportTables.Summary(report),
            ReportTables.Warnings(report.Portfolio.Warnings),
            ReportTables.Performance(report.Portfolio.Performance),
            ReportTables.Utilisation(report.Resources!),
            ReportTables.CapacityVersusDemand(report.Resources!),
            ReportTables.Completion(section.Completion!),
            ReportTables.CompletionSummary(section.Completion!),
            ReportTables.Risk(section.Risk!),
        ];

        Assert.All(tables, t => Assert.NotEmpty(t.Rows));
        using JsonDocument summary = JsonDocument.Parse(ReportJson.Serialize(report.Summary));
        JsonElement atlas = summary.RootElement[0];
        Assert.Equal("ATLAS", atlas.GetProperty("project").GetString());
        Assert.Equal("Red", atlas.GetProperty("status").GetString());
        Assert.Equal(
            40000m,
            atlas.GetProperty("measures").GetProperty("earnedValue").GetProperty("amount").GetDecimal()
        );
        using JsonDocument completion = JsonDocument.Parse(ReportJson.Serialize(section.Completion!));
        Assert.Equal(
            "2026-01-09T17:00:00",
            completion.RootElement.GetProperty("activities")[0].GetProperty("baselineFinish").GetString()
        );
        using JsonDocument table = JsonDocument.Parse(ReportWriter.ToText(tables[0], ReportFormat.Json));
        Assert.Equal("Project", table.RootElement.GetProperty("columns")[0].GetString());
        Assert.Contains("\"iterations\": 500", ReportJson.Serialize(section.Risk!), StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_is_self_contained_and_every_chart_has_a_title_and_a_text_alternative()
    {
        string html = HtmlReportWriter.ToHtml(ReportFixture.Create());

        foreach (string chart in new[] { "gantt", "s-curve", "heat-map", "risk-distribution" })
        {
            Assert.Contains($"class=\"chart {chart}\"", html, StringComparison.Ordinal);
        }
        int charts = html.Split("<svg ").Length - 1;
        Assert.Equal(charts, html.Split("<title id=").Length - 1);
        Assert.Equal(charts, html.Split("<desc id=").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.Contains("Design &amp; &lt;scope&gt;", html, StringComparison.Ordinal);
        Assert.Contains("class=\"bar critical\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"baseline\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_levelled_portfolio_shows_its_gantt_over_the_unlevelled_dates_and_capacity_before_and_after()
    {
        PortfolioReport report = ReportFixture.Create();
        ProjectSection atlas = report.Sections[0];
        string html = HtmlReportWriter.ToHtml(
            report with
            {
                Levelling = new LevellingSection
                {
                    Projects = [atlas],
                    Before = report.Resources,
                    After = report.Resources,
                },
            }
        );

        int levelled = html.IndexOf("<h2>Levelled portfolio</h2>", StringComparison.Ordinal);
        Assert.True(levelled > 0);
        string section = html[levelled..];
        Assert.Contains("Capacity heat map by role and week before levelling", section, StringComparison.Ordinal);
        Assert.Contains("Capacity heat map by role and week after levelling", section, StringComparison.Ordinal);
        Assert.Contains(
            "class=\"chart gantt\"",
            section[..section.IndexOf("before levelling", StringComparison.Ordinal)]
        );
        Assert.DoesNotContain("<h2>Levelled portfolio</h2>", HtmlReportWriter.ToHtml(report), StringComparison.Ordinal);
    }
}
